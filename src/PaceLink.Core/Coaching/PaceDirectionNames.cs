namespace PaceLink.Core.Coaching;

/// <summary>The words for <see cref="PaceDirection"/>: "slow" and "fast", as the event JSON, the screen and the voice use them.</summary>
internal static class PaceDirectionNames
{
    /// <summary>"slow" or "fast".</summary>
    public static string ToJson(this PaceDirection direction) => direction == PaceDirection.Slow ? "slow" : "fast";

    /// <summary>Reads "slow" or "fast" exactly, as <see cref="ToJson"/> writes them.</summary>
    public static bool TryParse(string? text, out PaceDirection direction)
    {
        direction = text == "fast" ? PaceDirection.Fast : PaceDirection.Slow;
        return text is "slow" or "fast";
    }
}
