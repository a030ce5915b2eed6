using System.Globalization;
using PaceLink.Core.Review;
using PaceLink.Core.Text;

namespace PaceLink.Service.Reports;

/// <summary>What every review output marks the same way: its title, and which reps were slow or fast.</summary>
public static class ReviewMarks
{
    /// <summary>A rep within a second of its target split is on target; the tables colour only the others.</summary>
    public const double OnTargetSeconds = 1;

    /// <summary>"10k — 2026-12-01 22:24 UTC — target 4:00/km" (the target only when the reps had one).</summary>
    public static string Title(SessionReview review, string? workout, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var when = review.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        var target = review.TargetPaceSecondsPerKm is { } t ? $" — target {PaceText.Written(Core.Units.Pace.FromSecondsPerKm(t), unit)}" : "";
        return $"{workout ?? "Session"} — {when}{target}";
    }

    /// <summary>"slow", "fast", or null when on target or without a target.</summary>
    public static string? Verdict(double? deviationSeconds) => deviationSeconds switch
    {
        null => null,
        { } d when !double.IsFinite(d) || Math.Abs(d) < OnTargetSeconds => null,
        > 0 => "slow",
        _ => "fast",
    };

    /// <summary>The sentence shown instead of empty tables.</summary>
    public const string NoReps = "No reps were completed in this session: nothing to review rep by rep.";
}
