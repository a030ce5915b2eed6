using PaceLink.Core.Coaching;
using PaceLink.Core.Units;

namespace PaceLink.Core.Workout;

/// <summary>
/// One step of a workout: a phase that ends after a time (<see cref="Duration"/>) or a distance
/// (<see cref="DistanceMetres"/>), never both.
/// </summary>
/// <param name="Phase">What the runner does: warmup, rep, rest, set_rest or cooldown.</param>
/// <param name="Set">1-based set; 0 for the warm-up and the cool-down. A rest or set rest carries the set it follows.</param>
/// <param name="Rep">1-based rep within the set; a rest carries the rep it follows; 0 for warm-up, set rest and cool-down.</param>
/// <param name="Duration">Length of a timed step.</param>
/// <param name="DistanceMetres">Length of a distance step.</param>
/// <param name="TargetPace">Pace to hold on a rep; null where pace is not coached.</param>
/// <param name="Tolerance">Allowed deviation from the target as a fraction (0.03 = ±3 %); null means the session default.</param>
public sealed record WorkoutStep(
    Phase Phase,
    int Set,
    int Rep,
    TimeSpan? Duration,
    double? DistanceMetres,
    Pace? TargetPace = null,
    double? Tolerance = null)
{
    /// <summary>True when the step ends on time (countdowns and "go" apply).</summary>
    public bool IsTimed => Duration is not null;

    /// <summary>Seconds the rep should take at its target pace, when it is a distance step with a target.</summary>
    public double? TargetSplitSeconds =>
        DistanceMetres is { } m && TargetPace is { IsFinite: true } p ? p.SecondsFor(m) : null;

    /// <summary>A timed step.</summary>
    public static WorkoutStep Timed(Phase phase, TimeSpan duration, int set = 0, int rep = 0, Pace? targetPace = null, double? tolerance = null) =>
        new(phase, set, rep, duration, null, targetPace, tolerance);

    /// <summary>A distance step.</summary>
    public static WorkoutStep Distance(Phase phase, double metres, int set = 0, int rep = 0, Pace? targetPace = null, double? tolerance = null) =>
        new(phase, set, rep, null, metres, targetPace, tolerance);

    /// <summary>"rep 2 of set 1 (400 m)" style, for people.</summary>
    public override string ToString()
    {
        var length = Duration is { } d ? DurationText.Format(d) : $"{DistanceMetres:0.#} m";
        return Phase switch
        {
            Phase.Rep => $"set {Set} rep {Rep} ({length})",
            Phase.Rest => $"rest after set {Set} rep {Rep} ({length})",
            Phase.SetRest => $"set rest after set {Set} ({length})",
            _ => $"{Phase.ToJson()} ({length})",
        };
    }
}
