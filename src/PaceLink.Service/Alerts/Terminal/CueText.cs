using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Alerts.Terminal;

/// <summary>Coaching events as a runner would say them: "GO! Set 1, rep 2: 400 m at 4:00/km".</summary>
public static class CueText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>One line for <paramref name="cue"/>; <paramref name="plan"/> adds durations and targets.</summary>
    public static string Describe(CoachingEvent cue, WorkoutPlan? plan) => cue switch
    {
        PhaseStarted p => Phase(p, StepFor(plan, p.Phase, p.Set, p.Rep)),
        RepCompleted r => RepDone(r, StepFor(plan, Core.Coaching.Phase.Rep, r.Set, r.Rep)),
        Countdown c => c.RemainingSeconds >= 10 ? $"{c.RemainingSeconds} seconds" : $"{c.RemainingSeconds}",
        OffPace o => string.Create(C, $"{(o.Direction == PaceDirection.Slow ? "Too slow" : "Too fast")}: heading for {Split(o.ProjectedSplitSeconds)}"),
        BackOnPace => "Back on pace",
        SensorLost l => $"Lost the {SensorName(l.Sensor)}",
        SensorRestored s => $"The {SensorName(s.Sensor)} is back",
        _ => cue.GetType().Name,
    };

    /// <summary>"[12:34.5]": session time as a line prefix.</summary>
    public static string Stamp(TimeSpan at) => string.Create(C, $"[{(int)at.TotalMinutes:00}:{at.Seconds:00}.{at.Milliseconds / 100}]");

    /// <summary>A split for people: "1:35.6", or "58.3 s" under a minute.</summary>
    public static string Split(double seconds) => seconds < 60
        ? string.Create(C, $"{seconds:0.0} s")
        : string.Create(C, $"{(int)(seconds / 60)}:{seconds % 60:00.0}");

    /// <summary>A sensor id as a runner calls it: "foot pod", "heart-rate strap".</summary>
    public static string SensorName(string id) => id switch
    {
        "pod" => "foot pod",
        "hr" => "heart-rate strap",
        _ => $"sensor {id}",
    };

    internal static WorkoutStep? StepFor(WorkoutPlan? plan, Phase phase, int set, int rep) =>
        plan?.Steps.FirstOrDefault(s => s.Phase == phase && s.Set == set && s.Rep == rep);

    private static string Phase(PhaseStarted p, WorkoutStep? step)
    {
        var length = step?.Duration is { } d ? DurationText.Format(d) : "";
        return p.Phase switch
        {
            Core.Coaching.Phase.Warmup => $"Warm-up {length}: jog easy",
            Core.Coaching.Phase.Rep => string.Create(C, $"GO! Set {p.Set}, rep {p.Rep}: {step?.DistanceMetres ?? 400:0} m")
                                       + (step?.TargetPace is { } pace ? $" at {pace}/km (target {Split(step.TargetSplitSeconds ?? 0)})" : ""),
            Core.Coaching.Phase.Rest => $"Rest {length}",
            Core.Coaching.Phase.SetRest => $"Set {p.Set} done. Rest {length} between sets",
            Core.Coaching.Phase.Cooldown => $"Cool-down {length}",
            _ => "Done. Well run!",
        };
    }

    private static string RepDone(RepCompleted r, WorkoutStep? step)
    {
        var line = $"Rep done: {Split(r.SplitSeconds)}";
        if (step?.TargetSplitSeconds is { } target)
            line += string.Create(C, $" (target {Split(target)}, {r.SplitSeconds - target:+0.0;-0.0} s)");
        return line;
    }
}
