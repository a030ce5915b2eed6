using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Text;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Turns coaching events into cues, as <paramref name="options"/> switch them on. It remembers
/// where the session is in <paramref name="plan"/> (to preview the next rep), the reps run (for
/// the end), whether the session was stopped, and that the rest following a rep was already
/// announced with the split, so the rest's own phase event stays quiet.
/// </summary>
internal sealed class CueBuilder(WorkoutPlan? plan, CueOptions? options = null, DistanceUnit unit = DistanceUnit.Kilometres)
{
    private readonly CueOptions _on = options ?? new CueOptions();
    private bool _breakAnnounced;
    private int _step = -1;
    private int _reps;
    private double _splits;
    private SessionStop? _stopped;

    /// <summary>Cues worded from <paramref name="plan"/>: rep numbers, targets and the break after each rep.</summary>
    public static CueBuilder For(WorkoutPlan plan, CueOptions? options = null, DistanceUnit unit = DistanceUnit.Kilometres) => new(plan, options, unit);

    /// <summary>A phase ended; a stop makes the last cue "stopped after N reps".</summary>
    public void OnPhaseEnded(PhaseSummary summary) => _stopped = SessionStop.From([summary]) ?? _stopped;

    /// <summary>The cue for <paramref name="e"/>, or null when it needs no words (or is switched off).</summary>
    public Cue? For(CoachingEvent e)
    {
        switch (e)
        {
            case RepCompleted done:
                _breakAnnounced = _on.RepSplit;
                _reps++;
                _splits += done.SplitSeconds;
                return _on.RepSplit
                    ? new Cue(SpokenCues.RepEnd(done.SplitSeconds, done.DistanceMetres, plan?.Step(Phase.Rep, done.Set, done.Rep), plan?.BreakAfterRep(done.Set, done.Rep)), CueKind.Result, Beep.Lap)
                    : null;
            case HalfwaySplit half when _on.HalfwaySplit:
                return new Cue(SpokenCues.Halfway(half.SplitSeconds, half.DistanceMetres, plan?.Step(Phase.Rep, half.Set, half.Rep)), CueKind.Result);
            case PhaseStarted { Phase: Phase.Done }:
                _step = -1;
                return _on.End ? new Cue(SpokenCues.End(_reps, _reps > 0 ? _splits / _reps : null, _stopped), CueKind.Phase) : null;
            case PhaseStarted started:
                _step = plan?.IndexOf(started.Phase, started.Set, started.Rep) ?? -1;
                return PhaseCue(started);
            case Countdown { RemainingSeconds: >= 60 } c when c.RemainingSeconds % 60 == 0:
                return _on.RestMinutes ? new Cue(SpokenCues.Countdown(c.RemainingSeconds), CueKind.Phase) : null;
            case Countdown { RemainingSeconds: 10 } c:
                return TenSeconds(c);
            case Countdown c when c.RemainingSeconds <= Math.Clamp(_on.CountdownFrom, 0, 5):
                return new Cue(SpokenCues.Countdown(c.RemainingSeconds), CueKind.Countdown, c.RemainingSeconds <= 3 ? Beep.Tick : Beep.None);
            case OffPace off when _on.Pace:
                return new Cue(SpokenCues.OffPace(off.Direction, off.ProjectedSplitSeconds, RepMetres(), unit), CueKind.Pace);
            case BackOnPace when _on.Pace:
                return new Cue("on pace", CueKind.Pace);
            case SensorLost lost when _on.Sensors:
                return new Cue(SpokenCues.Sensor(lost.Sensor, lost: true), CueKind.Sensor);
            case SensorRestored restored when _on.Sensors:
                return new Cue(SpokenCues.Sensor(restored.Sensor, lost: false), CueKind.Sensor);
            default:
                return null;
        }
    }

    private Cue? PhaseCue(PhaseStarted started)
    {
        if (started.Phase == Phase.Rep)
        {
            _breakAnnounced = false;
            return _on.Go ? new Cue("go", CueKind.Go, Beep.Go) : null;
        }
        if (started.Phase is Phase.Rest or Phase.SetRest or Phase.Cooldown && _breakAnnounced)
        {
            _breakAnnounced = false;
            return null;
        }
        return _on.Phases ? new Cue(SpokenCues.PhaseName(started), CueKind.Phase) : null;
    }

    /// <summary>
    /// "ten seconds", with the next rep's preview when a rep follows: the time first, as it is the
    /// part that goes stale. Not a countdown kind, so a "three" due meanwhile does not drop the preview.
    /// </summary>
    private Cue? TenSeconds(Countdown c)
    {
        var next = plan is not null && _step >= 0 && _step + 1 < plan.Steps.Count ? plan.Steps[_step + 1] : null;
        var preview = _on.RepPreview && plan is not null && next is { Phase: Phase.Rep } ? SpokenCues.RepPreview(plan, next, unit) : null;
        var ten = _on.TenSeconds ? SpokenCues.Countdown(c.RemainingSeconds) : null;
        return (ten, preview) switch
        {
            (null, null) => null,
            ({ } t, null) => new Cue(t, CueKind.Countdown),
            (null, { } p) => new Cue(p, CueKind.Phase),
            ({ } t, { } p) => new Cue($"{t}: {p}", CueKind.Phase),
        };
    }

    private double RepMetres() =>
        (_step >= 0 && plan is not null ? plan.Steps[_step].DistanceMetres : null)
        ?? plan?.Steps.FirstOrDefault(s => s.Phase == Phase.Rep)?.DistanceMetres ?? 400;
}
