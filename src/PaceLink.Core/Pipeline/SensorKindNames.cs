namespace PaceLink.Core.Pipeline;

/// <summary>
/// Every name a <see cref="SensorKind"/> goes by, in one table: the trace's (fixed by trace
/// format v1), the session id the simulator and paired sensors use, the one the CLI prints, and
/// the spellings people type on the command line or in the configuration.
/// </summary>
public static class SensorKindNames
{
    private sealed record KindRow(SensorKind Kind, string Trace, string SessionId, string CommandLine, string[] Spellings);

    private static readonly KindRow[] Table =
    [
        new(SensorKind.Rsc, "rsc", "pod", "footpod", ["rsc", "footpod", "foot-pod", "pod"]),
        new(SensorKind.Hr, "hr", "hr", "hr", ["hr", "heart", "heart-rate", "strap"]),
        new(SensorKind.Power, "power", "power", "power", ["power"]),
        new(SensorKind.Treadmill, "treadmill", "treadmill", "treadmill", ["treadmill"]),
    ];

    /// <summary>The names the CLI offers: footpod, hr, power, treadmill.</summary>
    public static IReadOnlyList<string> CommandLineKinds { get; } = [.. Table.Select(r => r.CommandLine)];

    /// <summary>"rsc", "hr", "power" or "treadmill", as a trace header writes it.</summary>
    public static string TraceName(SensorKind kind) => RowOf(kind).Trace;

    /// <summary>Reads a trace header's kind: exactly one of the <see cref="TraceName"/> names.</summary>
    public static bool TryParseTraceName(string? text, out SensorKind kind) => TryFind(r => r.Trace == text, out kind);

    /// <summary>The id a session knows a sensor of this kind by: "pod", "hr", …</summary>
    public static string SessionId(SensorKind kind) => RowOf(kind).SessionId;

    /// <summary>"footpod", "hr", …: how the CLI prints the kind.</summary>
    public static string CommandLineName(SensorKind kind) => RowOf(kind).CommandLine;

    /// <summary>Reads a kind as people write it, on the command line and in the configuration alike (any case, spaces trimmed).</summary>
    public static bool TryParse(string? text, out SensorKind kind)
    {
        var s = text?.Trim().ToLowerInvariant();
        return TryFind(r => r.Spellings.Contains(s), out kind);
    }

    private static KindRow RowOf(SensorKind kind) => Table.FirstOrDefault(r => r.Kind == kind) ?? Table[^1];

    private static bool TryFind(Func<KindRow, bool> match, out SensorKind kind)
    {
        var row = Table.FirstOrDefault(match);
        kind = row?.Kind ?? default;
        return row is not null;
    }
}
