using PaceLink.Core.Engine;

namespace PaceLink.Core.Review;

/// <summary>What happened in a session: every rep, every rest, recovery, totals, laps and a per-second timeline.</summary>
public sealed record SessionReview(
    DateTimeOffset StartedUtc,
    IReadOnlyList<RepReview> Reps,
    IReadOnlyList<RestReview> Rests,
    RecoveryTrend Recovery,
    SessionTotals Totals,
    IReadOnlyList<LapSummary> Laps,
    IReadOnlyList<TimelineRow> Timeline,
    double Calibration)
{
    /// <summary>Where the runner stopped the session early; null when it ran to its end.</summary>
    public SessionStop? Stopped { get; init; }

    /// <summary>The target pace of the first rep that has one, in s/km (the line drawn on charts).</summary>
    public double? TargetPaceSecondsPerKm =>
        Reps.FirstOrDefault(r => r.TargetSplitSeconds is not null) is { } r ? r.TargetSplitSeconds!.Value * 1000 / r.DistanceMetres : null;
}
