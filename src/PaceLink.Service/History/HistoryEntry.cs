using PaceLink.Core.Review;

namespace PaceLink.Service.History;

/// <summary>One indexed session as the history lists it: where its trace is, and its summary.</summary>
public sealed record HistoryEntry(long Id, string TracePath, ReviewSummary Summary)
{
    /// <summary>The service was killed during the session; it was finished at the next start.</summary>
    public bool Interrupted { get; init; }
}

/// <summary>Average heart-rate drop in the rest after rep N (60 s after rep 1, 45 s after rep 2, 30 s after rep 3).</summary>
public sealed record WeeklyRecovery(int AfterRep, double? AverageDrop);

/// <summary>
/// One ISO week of one workout: how many sessions, the average split per set (set 1, set 2, …) and
/// the average heart-rate drop per rest length, averaged over the week's sessions. Workouts are kept
/// apart: a calibration run says nothing about the 10k intervals' trend.
/// </summary>
public sealed record WeeklyTrend(
    string Workout,
    string Week,
    DateOnly Monday,
    int Sessions,
    double? AverageSplitSeconds,
    IReadOnlyList<SetSplit> Sets,
    IReadOnlyList<WeeklyRecovery> Recovery);
