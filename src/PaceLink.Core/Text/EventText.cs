using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Text;

/// <summary>
/// Coaching events written for people, in two lengths: the brief form replay and the emulator log
/// print ("set 1 rep 2: 1:36.4 (400 m)"), and the full form the live terminal prints with the plan's
/// targets ("GO! Set 1, rep 2: 400 m at 4:00/km (target 1:36.0)"). Spoken forms are in <see cref="SpokenCues"/>.
/// </summary>
public static class EventText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The event in a few words.</summary>
    public static string Brief(CoachingEvent e) => e switch
    {
        PhaseStarted { Phase: Phase.Warmup } => "warm-up",
        PhaseStarted { Phase: Phase.Rep } p => $"go: set {p.Set} rep {p.Rep}",
        PhaseStarted { Phase: Phase.Rest } p => $"rest after set {p.Set} rep {p.Rep}",
        PhaseStarted { Phase: Phase.SetRest } p => $"set rest after set {p.Set}",
        PhaseStarted { Phase: Phase.Cooldown } => "cool-down",
        PhaseStarted => "done",
        RepCompleted r => string.Create(C, $"set {r.Set} rep {r.Rep}: {Clock.Tenths(r.SplitSeconds)} ({r.DistanceMetres:0.#} m)"),
        HalfwaySplit h => string.Create(C, $"set {h.Set} rep {h.Rep} halfway: {Clock.Tenths(h.SplitSeconds)} ({h.DistanceMetres:0.#} m)"),
        Countdown c => c.RemainingSeconds.ToString(C),
        OffPace o => $"too {o.Direction.ToJson()}: heading for {Clock.Tenths(o.ProjectedSplitSeconds)}",
        BackOnPace => "back on pace",
        SensorLost l => $"{l.Sensor} lost",
        SensorRestored s => $"{s.Sensor} back",
        _ => e.GetType().Name,
    };

    /// <summary>A line of a readable event list: the time into the session, then the brief event.</summary>
    public static string BriefLine(CoachingEvent e) => $"{Clock.Tenths(e.At.TotalSeconds),9}  {Brief(e)}";

    /// <summary>The event as the terminal says it; <paramref name="plan"/> adds durations and targets, paces in <paramref name="unit"/>.</summary>
    public static string Full(CoachingEvent e, WorkoutPlan? plan, DistanceUnit unit = DistanceUnit.Kilometres) => e switch
    {
        PhaseStarted p => PhaseFull(p, plan?.Step(p.Phase, p.Set, p.Rep), unit),
        RepCompleted r => RepFull(r, plan?.Step(Phase.Rep, r.Set, r.Rep)),
        HalfwaySplit h => HalfwayFull(h, plan?.Step(Phase.Rep, h.Set, h.Rep)),
        Countdown { RemainingSeconds: >= 60 and var left } when left % 60 == 0 => left == 60 ? "1 minute left" : string.Create(C, $"{left / 60} minutes left"),
        Countdown c => c.RemainingSeconds >= 10 ? $"{c.RemainingSeconds} seconds" : c.RemainingSeconds.ToString(C),
        OffPace o => $"Too {o.Direction.ToJson()}: heading for {Clock.Split(o.ProjectedSplitSeconds)}",
        BackOnPace => "Back on pace",
        SensorLost l => $"Lost the {SensorWords.Name(l.Sensor)}",
        SensorRestored s => $"The {SensorWords.Name(s.Sensor)} is back",
        _ => e.GetType().Name,
    };

    /// <summary>A line of the live plain output: "[16:35.2] Rep done: 1:39.3 (target 1:36.0, +3.3 s)".</summary>
    public static string FullLine(CoachingEvent e, WorkoutPlan? plan, DistanceUnit unit = DistanceUnit.Kilometres) => $"{Clock.Stamp(e.At)} {Full(e, plan, unit)}";

    /// <summary>Where a session was stopped: "set 2 rep 3 at 20:34", "the rest after set 1 rep 2 at 7:10", "the warm-up at 4:02".</summary>
    public static string Where(SessionStop stop)
    {
        var phase = stop.Phase switch
        {
            Phase.Rep => $"set {stop.Set} rep {stop.Rep}",
            Phase.Rest => $"the rest after set {stop.Set} rep {stop.Rep}",
            Phase.SetRest => $"the set rest after set {stop.Set}",
            Phase.Warmup => "the warm-up",
            Phase.Cooldown => "the cool-down",
            _ => "the end",
        };
        return $"{phase} at {Clock.Stopwatch(stop.At)}";
    }

    /// <summary>
    /// The last line of a session: "Workout complete: 8 reps, average 1:35.6. Well run!", or for a
    /// stopped one "Stopped after 3 reps, in set 1 rep 4 at 12:34" — never praise for what was not run.
    /// </summary>
    public static string Ending(int reps, double? averageSplitSeconds, SessionStop? stopped)
    {
        var count = reps == 1 ? "1 rep" : string.Create(C, $"{reps} reps");
        if (stopped is { } stop) return $"Stopped after {count}, in {Where(stop)}";
        var average = averageSplitSeconds is { } a && reps > 0 ? $", average {Clock.Split(a)}" : "";
        return $"Workout complete: {count}{average}. Well run!";
    }

    private static string PhaseFull(PhaseStarted p, WorkoutStep? step, DistanceUnit unit)
    {
        var length = step?.Duration is { } d ? DurationText.Format(d) : "";
        return p.Phase switch
        {
            Phase.Warmup => $"Warm-up {length}: jog easy",
            Phase.Rep => string.Create(C, $"GO! Set {p.Set}, rep {p.Rep}: {step?.DistanceMetres ?? 400:0} m")
                         + (step?.TargetPace is { } pace ? $" at {PaceText.Written(pace, unit)} (target {Clock.Split(step.TargetSplitSeconds ?? 0)})" : ""),
            Phase.Rest => $"Rest {length}",
            Phase.SetRest => $"Set {p.Set} done. Rest {length} between sets",
            Phase.Cooldown => $"Cool-down {length}",
            // Whether it was finished or stopped is the session's to say (Ending), not the event's.
            _ => "Done",
        };
    }

    private static string HalfwayFull(HalfwaySplit h, WorkoutStep? step)
    {
        var line = string.Create(C, $"Halfway, {h.DistanceMetres:0} m: {Clock.Split(h.SplitSeconds)}");
        if (step?.TargetSplitSeconds is { } target)
            line += $" (target {Clock.Split(target / 2)}, {Clock.Signed(h.SplitSeconds - target / 2)})";
        return line;
    }

    private static string RepFull(RepCompleted r, WorkoutStep? step)
    {
        var line = $"Rep done: {Clock.Split(r.SplitSeconds)}";
        if (step?.TargetSplitSeconds is { } target)
            line += $" (target {Clock.Split(target)}, {Clock.Signed(r.SplitSeconds - target)})";
        return line;
    }
}
