using PaceLink.Core.Coaching;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Turns coaching events into cues. It remembers one thing: that the rest following a rep was
/// already announced with the split, so the rest's own phase event stays quiet.
/// </summary>
public sealed class CueBuilder(Func<int, int, PlannedBreak?> breakAfter, double repMetres = 400)
{
    private bool _breakAnnounced;

    /// <summary>The preset's breaks: 60/45/30 s inside a set, <paramref name="setRest"/> between sets, cool-down after the last.</summary>
    public static Func<int, int, PlannedBreak?> PresetBreaks(int sets, TimeSpan setRest) => (set, rep) => rep switch
    {
        1 => new PlannedBreak(Phase.Rest, TimeSpan.FromSeconds(60)),
        2 => new PlannedBreak(Phase.Rest, TimeSpan.FromSeconds(45)),
        3 => new PlannedBreak(Phase.Rest, TimeSpan.FromSeconds(30)),
        _ when set < sets => new PlannedBreak(Phase.SetRest, setRest),
        _ => new PlannedBreak(Phase.Cooldown, TimeSpan.Zero),
    };

    /// <summary>The cue for <paramref name="e"/>, or null when it needs no words.</summary>
    public Cue? For(CoachingEvent e)
    {
        switch (e)
        {
            case RepCompleted done:
                _breakAnnounced = true;
                return new Cue(CueText.RepDone(done.DistanceMetres, done.SplitSeconds, breakAfter(done.Set, done.Rep)), CueKind.Result, Beep.Lap);
            case PhaseStarted { Phase: Phase.Rep }:
                _breakAnnounced = false;
                return new Cue("go", CueKind.Go, Beep.Go);
            case PhaseStarted { Phase: Phase.Rest or Phase.SetRest or Phase.Cooldown } when _breakAnnounced:
                _breakAnnounced = false;
                return null;
            case PhaseStarted started:
                return new Cue(CueText.PhaseName(started), CueKind.Phase);
            case Countdown { RemainingSeconds: 10 or <= 5 } c:
                return new Cue(CueText.Countdown(c.RemainingSeconds), CueKind.Countdown, c.RemainingSeconds <= 3 ? Beep.Tick : Beep.None);
            case OffPace off:
                return new Cue(CueText.OffPace(off.Direction, off.ProjectedSplitSeconds, repMetres), CueKind.Pace);
            case BackOnPace:
                return new Cue("on pace", CueKind.Pace);
            case SensorLost lost:
                return new Cue(CueText.Sensor(lost.Sensor, lost: true), CueKind.Sensor);
            case SensorRestored restored:
                return new Cue(CueText.Sensor(restored.Sensor, lost: false), CueKind.Sensor);
            default:
                return null;
        }
    }
}
