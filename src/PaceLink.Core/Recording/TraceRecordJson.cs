using System.Globalization;
using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Recording;

/// <summary>Turns one parsed trace line into a header or a record, with a reason when it cannot.</summary>
internal static class TraceRecordJson
{
    public static bool TryReadHeader(JsonElement o, out TraceHeader? header, out string error)
    {
        header = null;
        error = "";
        if (o.ValueKind != JsonValueKind.Object || Text(o, "type") != "header" || Text(o, "format") != TraceHeader.Format)
            return Fail("this is not a PaceLink trace (the first line must be a pacelink-trace header)", out error);
        if (!o.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
            return Fail("the header has no version number", out error);
        if (version != TraceHeader.CurrentVersion)
            return Fail($"trace format version {version} is not supported: this pacelink reads version {TraceHeader.CurrentVersion}", out error);
        var started = DateTimeOffset.TryParse(Text(o, "started_utc"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var s) ? s : DateTimeOffset.UnixEpoch;
        var sensors = new List<SensorInfo>();
        if (o.TryGetProperty("sensors", out var list) && list.ValueKind == JsonValueKind.Array)
            foreach (var item in list.EnumerateArray())
                if (item.ValueKind == JsonValueKind.Object && Text(item, "id") is { Length: > 0 } id && TraceNames.TryParseKind(Text(item, "kind"), out var kind))
                    sensors.Add(new SensorInfo(id, kind, Text(item, "name"), Text(item, "address")));
        WorkoutSettings? settings = null;
        if (o.TryGetProperty("settings", out var so) && WorkoutSettingsJson.TryRead(so, out var read, out _)) settings = read;
        header = new TraceHeader { Version = version, StartedUtc = started, Sensors = sensors, Settings = settings, Software = Text(o, "software") };
        return true;
    }

    /// <summary>Things in a usable header worth telling the user about.</summary>
    public static IEnumerable<string> HeaderWarnings(JsonElement o)
    {
        if (Text(o, "started_utc") is null) yield return "the header has no started_utc";
        if (o.TryGetProperty("settings", out var so) && !WorkoutSettingsJson.TryRead(so, out _, out var error))
            yield return $"the stored workout settings are unusable ({error}); give workout options on the command line";
    }

    /// <summary>True with a record, true with null for a type this version does not know (ignored), false with a reason.</summary>
    public static bool TryReadRecord(JsonElement o, out TraceRecord? record, out string problem)
    {
        record = null;
        problem = "";
        if (o.ValueKind != JsonValueKind.Object) return Fail("not a JSON object", out problem);
        var type = Text(o, "type");
        if (type is null) return Fail("the record has no \"type\"", out problem);
        if (type == "event")
        {
            if (!CoachingEventJson.TryRead(o, out var e, out var why)) return Fail($"event: {why}", out problem);
            record = new EventRecord(e!);
            return true;
        }
        if (type is not ("notify" or "relayed" or "link" or "command")) return true;
        if (!o.TryGetProperty("t", out var tp) || tp.ValueKind != JsonValueKind.Number || !tp.TryGetDecimal(out var t) || t < 0 || t > 1_000_000)
            return Fail($"{type}: \"t\" (seconds since the start) is missing or out of range", out problem);
        var at = TimeSpan.FromTicks((long)Math.Round(t * TimeSpan.TicksPerSecond));
        switch (type)
        {
            case "notify" or "relayed":
                if (Text(o, "sensor") is not { Length: > 0 } sensor) return Fail($"{type}: \"sensor\" is missing", out problem);
                if (!GattIds.TryParse(Text(o, "char"), out var ch)) return Fail($"{type}: \"char\" is not a 16-bit characteristic id like 2a53", out problem);
                if (!TryHex(Text(o, "hex"), out var bytes)) return Fail($"{type}: \"hex\" is not an even number of hex digits", out problem);
                record = type == "notify" ? new NotifyRecord(at, sensor, ch, bytes) : new RelayedRecord(at, sensor, ch, bytes);
                return true;
            case "link":
                if (Text(o, "sensor") is not { Length: > 0 } linked) return Fail("link: \"sensor\" is missing", out problem);
                var state = Text(o, "state");
                if (state is not ("connected" or "disconnected")) return Fail("link: \"state\" must be connected or disconnected", out problem);
                record = new LinkRecord(at, linked, state == "connected" ? LinkState.Connected : LinkState.Disconnected);
                return true;
            default:
                if (!TraceNames.TryParseCommand(Text(o, "name"), out var command)) return Fail("command: \"name\" must be lap, pause, resume or stop", out problem);
                record = new CommandRecord(at, command);
                return true;
        }
    }

    private static bool TryHex(string? hex, out byte[] bytes)
    {
        bytes = [];
        if (hex is null || hex.Length % 2 != 0) return false;
        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
