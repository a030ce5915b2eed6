namespace PaceLink.Core.Recording.Check;

/// <summary>How bad a finding is, and what a repair does about it.</summary>
public enum TraceFindingKind
{
    /// <summary>Worth knowing, nothing lost; a repair keeps the line (an unknown record type, a payload no decoder accepts).</summary>
    Note,
    /// <summary>A line no reader can use; a repair drops it.</summary>
    Damaged,
    /// <summary>The file cannot be read as a trace at all; there is nothing to repair.</summary>
    Fatal,
}

/// <summary>One problem in a trace file, at a 1-based line.</summary>
public sealed record TraceFinding(int Line, TraceFindingKind Kind, string Message)
{
    public override string ToString() => Kind switch
    {
        TraceFindingKind.Fatal => $"line {Line}: error: {Message}",
        TraceFindingKind.Damaged => $"line {Line}: damaged: {Message}",
        _ => $"line {Line}: note: {Message}",
    };
}
