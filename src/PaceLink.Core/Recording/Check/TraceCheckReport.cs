namespace PaceLink.Core.Recording.Check;

/// <summary>
/// What <see cref="TraceChecker"/> found in a trace, and the lines a repaired file keeps.
/// </summary>
public sealed record TraceCheckReport(int Lines, int Records, IReadOnlyList<TraceFinding> Findings, IReadOnlyList<string> KeptLines)
{
    /// <summary>The file is not a readable trace (no header, another format, an unknown version).</summary>
    public bool IsFatal => Findings.Any(f => f.Kind == TraceFindingKind.Fatal);

    /// <summary>Lines a repair would drop or fix (torn last line, garbage, unusable records, a missing line end).</summary>
    public int Repairable => Findings.Count(f => f.Kind == TraceFindingKind.Damaged);

    /// <summary>Nothing damaged and nothing fatal: notes alone leave a trace healthy.</summary>
    public bool Healthy => !IsFatal && Repairable == 0;

    /// <summary>The line numbers (1-based) a repair drops: empty lines, lines that are not JSON, unusable records.</summary>
    public IReadOnlyCollection<int> DroppedLines { get; init; } = [];

    /// <summary>How many lines a repair keeps (also when <see cref="KeptLines"/> is not held, see <see cref="TraceChecker.Check(Stream)"/>).</summary>
    public int KeptLineCount { get; init; }

    /// <summary>The repaired file from <see cref="KeptLines"/>: the kept lines, each ending in a line feed.</summary>
    public string RepairedText() => KeptLines.Count == 0 ? "" : string.Join('\n', KeptLines) + "\n";
}
