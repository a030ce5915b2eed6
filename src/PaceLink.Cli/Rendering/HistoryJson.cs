namespace PaceLink.Cli.Rendering;

// `pacelink history --json`, as types so its serialisation code is generated at compile time.
// Names go through CliJson's snake_case policy (AvgSplitS -> avg_split_s), in this order.

/// <summary>The whole answer: sessions, newest first, then the weekly trends.</summary>
internal sealed record HistoryJson(IEnumerable<HistorySessionJson> Sessions, IEnumerable<HistoryWeekJson> Weeks);

/// <summary>One indexed session.</summary>
internal sealed record HistorySessionJson(
    string StartedUtc,
    string Trace,
    string Workout,
    int Reps,
    double? DistanceM,
    double? DurationS,
    double? AvgSplitS,
    double? SplitSdS,
    double? AvgHrDropBpm,
    IEnumerable<SetSplitJson> Sets,
    IEnumerable<SessionRecoveryJson> Recovery,
    StoppedJson? Stopped,
    string Units);

/// <summary>Where a session was stopped early: phase (replay names), set, rep and session time; null when it ran to its end.</summary>
internal sealed record StoppedJson(string Phase, int Set, int Rep, double AtS);

/// <summary>One set's average split.</summary>
internal sealed record SetSplitJson(int Set, double? AvgSplitS, int Reps);

/// <summary>The heart-rate drop in the rest after one rep of a session.</summary>
internal sealed record SessionRecoveryJson(int AfterRep, double? TypicalS, double? AvgHrDropBpm);

/// <summary>One week of one workout.</summary>
internal sealed record HistoryWeekJson(
    string Workout,
    string Week,
    string Monday,
    int Sessions,
    double? AvgSplitS,
    IEnumerable<SetSplitJson> Sets,
    IEnumerable<WeekRecoveryJson> Recovery);

/// <summary>The average heart-rate drop in the rest after one rep, over a week.</summary>
internal sealed record WeekRecoveryJson(int AfterRep, double? AvgHrDropBpm);
