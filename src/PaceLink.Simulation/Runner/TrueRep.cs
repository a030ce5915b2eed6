namespace PaceLink.Simulation.Runner;

/// <summary>
/// What really happened in one rep, for checking the coaching against.
/// </summary>
/// <param name="Set">1-based set, as announced.</param>
/// <param name="Rep">1-based rep within the set.</param>
/// <param name="GoAt">When the "go" was given (the rep's start on the session clock).</param>
/// <param name="DistanceAtGo">True session distance at the "go".</param>
public sealed record TrueRep(int Set, int Rep, TimeSpan GoAt, double DistanceAtGo)
{
    /// <summary>When the runner really covered the rep distance; null while not yet.</summary>
    public TimeSpan? CrossingAt { get; internal set; }

    /// <summary>When the runner heard the rep-complete cue; null if never.</summary>
    public TimeSpan? CueHeardAt { get; internal set; }

    /// <summary>The true split: from the "go" to the crossing.</summary>
    public double? SplitSeconds => CrossingAt is { } c ? (c - GoAt).TotalSeconds : null;

    /// <summary>Cue minus true crossing (s): positive when the cue came late.</summary>
    public double? CueErrorSeconds => CrossingAt is { } c && CueHeardAt is { } h ? (h - c).TotalSeconds : null;
}

/// <summary>Heart rate across one rest (a rest inside a set or the rest between sets).</summary>
/// <param name="Set">The set the rest follows a rep of.</param>
/// <param name="Rep">The rep the rest follows.</param>
/// <param name="BetweenSets">True for a set rest.</param>
/// <param name="StartAt">When the rest began.</param>
/// <param name="HeartRateAtStart">True heart rate at its start.</param>
public sealed record TrueRest(int Set, int Rep, bool BetweenSets, TimeSpan StartAt, double HeartRateAtStart)
{
    /// <summary>When the rest ended ("go" of the next rep or the next phase).</summary>
    public TimeSpan? EndAt { get; internal set; }

    /// <summary>True heart rate at its end.</summary>
    public double? HeartRateAtEnd { get; internal set; }
}
