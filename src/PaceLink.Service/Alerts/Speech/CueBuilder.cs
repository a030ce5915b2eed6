using PaceLink.Core.Coaching;
using PaceLink.Core.Workout;
using PaceLink.Core.Text;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Turns coaching events into cues. It remembers one thing: that the rest following a rep was
/// already announced with the split, so the rest's own phase event stays quiet. Paces are said in
/// <paramref name="unit"/>; rep lengths stay in metres ("four hundred").
/// </summary>
public sealed class CueBuilder(Func<int, int, PlannedBreak?> breakAfter, double repMetres = 400, DistanceUnit unit = DistanceUnit.Kilometres)
{
    private bool _breakAnnounced;

    /// <summary>Cues worded from <paramref name="plan"/>: the break after each rep is the plan's next step.</summary>
    public static CueBuilder For(WorkoutPlan plan, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var repMetres = plan.Steps.FirstOrDefault(s => s.Phase == Phase.Rep)?.DistanceMetres ?? 400;
        return new CueBuilder(plan.BreakAfterRep, repMetres, unit);
    }

    /// <summary>The cue for <paramref name="e"/>, or null when it needs no words.</summary>
    public Cue? For(CoachingEvent e)
    {
        switch (e)
        {
            case RepCompleted done:
                _breakAnnounced = true;
                return new Cue(SpokenCues.RepDone(done.DistanceMetres, done.SplitSeconds, breakAfter(done.Set, done.Rep)), CueKind.Result, Beep.Lap);
            case PhaseStarted { Phase: Phase.Rep }:
                _breakAnnounced = false;
                return new Cue("go", CueKind.Go, Beep.Go);
            case PhaseStarted { Phase: Phase.Rest or Phase.SetRest or Phase.Cooldown } when _breakAnnounced:
                _breakAnnounced = false;
                return null;
            case PhaseStarted started:
                return new Cue(SpokenCues.PhaseName(started), CueKind.Phase);
            case Countdown { RemainingSeconds: 10 or <= 5 } c:
                return new Cue(SpokenCues.Countdown(c.RemainingSeconds), CueKind.Countdown, c.RemainingSeconds <= 3 ? Beep.Tick : Beep.None);
            case OffPace off:
                return new Cue(SpokenCues.OffPace(off.Direction, off.ProjectedSplitSeconds, repMetres, unit), CueKind.Pace);
            case BackOnPace:
                return new Cue("on pace", CueKind.Pace);
            case SensorLost lost:
                return new Cue(SpokenCues.Sensor(lost.Sensor, lost: true), CueKind.Sensor);
            case SensorRestored restored:
                return new Cue(SpokenCues.Sensor(restored.Sensor, lost: false), CueKind.Sensor);
            default:
                return null;
        }
    }
}
