using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;

namespace PaceLink.Core.Review;

/// <summary>Average split of one set (s).</summary>
public sealed record SetSplit(int Set, double AverageSplitSeconds, int Reps);

/// <summary>
/// The few numbers a session history keeps per session: enough to list sessions and to follow
/// trends over weeks (average split per set, recovery in each rest length).
/// </summary>
public sealed record ReviewSummary(
    DateTimeOffset StartedUtc,
    string Workout,
    int Reps,
    double DistanceMetres,
    double DurationSeconds,
    double? AverageSplitSeconds,
    double? SplitSpreadSeconds,
    double? AverageHeartRateDrop,
    IReadOnlyList<SetSplit> Sets,
    IReadOnlyList<RecoveryByRest> Recovery)
{
    /// <summary>Where the session was stopped early; null when it ran to its end. Stopped sessions stay out of trends.</summary>
    public SessionStop? Stopped { get; init; }

    /// <summary>The unit the session was coached in (its trace header's): the history shows it in that unit.</summary>
    public Text.DistanceUnit Units { get; init; }

    public static ReviewSummary From(SessionReview review, string workout) => new(
        review.StartedUtc,
        workout,
        review.Totals.RepCount,
        review.Totals.DistanceMetres,
        review.Totals.DurationSeconds,
        review.Totals.AverageSplitSeconds,
        review.Totals.SplitSpreadSeconds,
        RecoveryTrend.Mean(review.Rests.Where(r => r.Kind == Phase.Rest).Select(r => r.HeartRateDrop)),
        review.Reps.GroupBy(r => r.Set).OrderBy(g => g.Key)
            .Select(g => new SetSplit(g.Key, g.Average(r => r.SplitSeconds), g.Count())).ToList(),
        review.Recovery.ByRest)
    {
        Stopped = review.Stopped,
    };
}
