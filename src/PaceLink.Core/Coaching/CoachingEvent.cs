namespace PaceLink.Core.Coaching;

/// <summary>
/// What the engine tells the runner. <see cref="At"/> is the scheduler time since the session
/// start at which the engine emitted it: in a live run, when the runner hears it.
/// JSON form (the replay contract): see <c>CoachingEventJson</c>.
/// </summary>
public abstract record CoachingEvent(TimeSpan At);

/// <summary>A phase starts. Set and rep are 1-based; 0 where they do not apply (warm-up, cool-down).</summary>
public sealed record PhaseStarted(TimeSpan At, Phase Phase, int Set, int Rep) : CoachingEvent(At);

/// <summary>A rep reached its distance. <see cref="SplitSeconds"/> is interpolated to the crossing.</summary>
public sealed record RepCompleted(TimeSpan At, int Set, int Rep, double SplitSeconds, double DistanceMetres) : CoachingEvent(At);

/// <summary>
/// A rep passed half its distance (only with <c>CoachingOptions.HalfwaySplit</c>). <see cref="SplitSeconds"/>
/// is the time from the "go", interpolated to the crossing as a rep's end is.
/// </summary>
public sealed record HalfwaySplit(TimeSpan At, int Set, int Rep, double SplitSeconds, double DistanceMetres) : CoachingEvent(At);

/// <summary>Seconds left in a timed phase: 10, 5, 4, 3, 2, 1.</summary>
public sealed record Countdown(TimeSpan At, int RemainingSeconds) : CoachingEvent(At);

public enum PaceDirection { Slow, Fast }

/// <summary>The runner drifted outside the target band; <see cref="ProjectedSplitSeconds"/> is where the rep is heading.</summary>
public sealed record OffPace(TimeSpan At, PaceDirection Direction, double ProjectedSplitSeconds) : CoachingEvent(At);

public sealed record BackOnPace(TimeSpan At) : CoachingEvent(At);

public sealed record SensorLost(TimeSpan At, string Sensor) : CoachingEvent(At);

public sealed record SensorRestored(TimeSpan At, string Sensor) : CoachingEvent(At);
