using PaceLink.Core.Coaching;

namespace PaceLink.Core.Engine;

internal sealed partial class Coach
{
    // Below this the runner is standing: no crossing is predicted and the projection uses this floor.
    private const double StandingMetresPerSecond = 0.3;

    // Long enough to reach back to the start of any rep: "the rep's pace so far".
    private static readonly TimeSpan WholeRep = TimeSpan.FromHours(3);

    private readonly PaceJudge _judge = new();
    private IDisposable? _crossingTimer;
    private TimeSpan _lastCheckAt;
    private double _lastCheckDistance;

    // The rep has yet to pass half its distance, and the runner asked to hear it (CoachingOptions.HalfwaySplit).
    private bool _halfwayDue;

    private void StartDistanceTracking(TimeSpan at)
    {
        _lastCheckAt = at;
        _lastCheckDistance = 0;
        _halfwayDue = _options.HalfwaySplit && _step is { Phase: Phase.Rep, DistanceMetres: > 0 };
        _judge.Reset();
    }

    private void ResumeDistanceTracking(TimeSpan at, double distance)
    {
        _lastCheckAt = at;
        _lastCheckDistance = distance;
        _judge.Restart();
    }

    /// <summary>
    /// The pod is back after a dropout that began at <paramref name="lastAt"/>. If the phase began
    /// during the dropout, its start distance was the last speed carried forward, which overshoots
    /// when the runner slowed meanwhile (a rest inside the gap). The pod's total distance now says
    /// what was really covered in the gap: the phase starts where a steady spread of that distance
    /// puts it, so an error of the gap is not carried into the rep.
    /// </summary>
    private void OnPodGapClosed(TimeSpan lastAt, double committedBefore, TimeSpan at)
    {
        if (Paused || _pausedInPhase > TimeSpan.Zero || _step is null || _phaseStart <= lastAt || _phaseStart >= at) return;
        var fraction = (_phaseStart - lastAt) / (at - lastAt);
        _phaseStartDistance = committedBefore + (_pod.Committed - committedBefore) * fraction;
        _lastCheckAt = _phaseStart;
        _lastCheckDistance = 0;
    }

    /// <summary>A foot-pod sample arrived: end a distance step that is past its length, else re-predict the crossing.</summary>
    private void OnPodSample(TimeSpan at)
    {
        if (Paused || _step is not { DistanceMetres: { } length } step) return;
        var distance = PhaseDistance(at);
        // A micrometre short is there: sums of float distances must not push the cue to the next timer.
        if (_halfwayDue && distance >= length / 2 - 1e-6) PassHalfway(at, InterpolateCrossing(at, distance, length / 2));
        if (distance >= length - 1e-6)
        {
            EndStep(at, PhaseEnd.Distance, InterpolateCrossing(at, distance, length));
            return;
        }
        if (step.Phase == Phase.Rep && step.TargetSplitSeconds is { } target && ActiveElapsed(at) >= _options.GracePeriod
            && Projected(at, distance, length) is { } recent && Projected(at, distance, length, WholeRep) is { } sustained)
        {
            var tolerance = step.Tolerance ?? _options.Tolerance;
            // Early in a rep most of it is still to run, so a projection is least certain: ask for more.
            var margin = _options.EarlyMargin * Math.Clamp(1 - distance / length, 0, 1);
            if (_judge.Judge(at, new PaceJudge.Projection(recent, sustained), target, tolerance, margin, _options) is { } e) Emit(e);
        }
        ScheduleCrossing(at, distance);
        _lastCheckAt = at;
        _lastCheckDistance = distance;
    }

    /// <summary>
    /// The rep's halfway mark, passed at <paramref name="crossing"/>: told from the same distance and
    /// crossing as the rep's end, so the half split and the split agree.
    /// </summary>
    private void PassHalfway(TimeSpan at, TimeSpan crossing)
    {
        _halfwayDue = false;
        if (_step is not { DistanceMetres: { } length } step) return;
        Emit(new HalfwaySplit(at, step.Set, step.Rep, (crossing - _phaseStart - _pausedInPhase).TotalSeconds, length / 2));
    }

    /// <summary>The time the runner passed <paramref name="length"/>, between the previous check and this sample.</summary>
    private TimeSpan InterpolateCrossing(TimeSpan at, double distance, double length)
    {
        if (distance <= _lastCheckDistance || at <= _lastCheckAt) return at;
        var fraction = (length - _lastCheckDistance) / (distance - _lastCheckDistance);
        return _lastCheckAt + TimeSpan.FromTicks((long)Math.Round((at - _lastCheckAt).Ticks * Math.Clamp(fraction, 0, 1)));
    }

    /// <summary>
    /// Schedules the end of the distance step at the predicted crossing (latest speed carried forward).
    /// Each new sample replaces the prediction; while the pod is silent the last one stands. Before the
    /// halfway mark (when asked for) the mark is predicted first, and from it the end.
    /// </summary>
    private void ScheduleCrossing(TimeSpan at, double distance)
    {
        _crossingTimer?.Dispose();
        _crossingTimer = null;
        if (_step is not { DistanceMetres: { } full }) return;
        var halfway = _halfwayDue && distance < full / 2;
        var length = halfway ? full / 2 : full;
        var speed = _pod.LastSpeed;
        if (speed < StandingMetresPerSecond || _pod.LastSampleAt is null) return;
        // Whole microseconds: far below what a runner hears, and it keeps float noise in the distance
        // sums from moving a cue by a tick.
        var micros = Math.Max(1, (long)Math.Round((length - distance) / speed * 1e6));
        var ticks = micros * (TimeSpan.TicksPerMillisecond / 1000);
        _crossingTimer = At(at + TimeSpan.FromTicks(ticks), halfway ? length : 0, static (coach, half, due) =>
        {
            if (half == 0)
            {
                coach.EndStep(due, PhaseEnd.Distance, due);
                return;
            }
            coach.PassHalfway(due, due);
            coach.ScheduleCrossing(due, half);
        });
    }

    /// <summary>Rep time the runner is heading for: time so far plus the rest of the distance at the recent speed.</summary>
    /// <remarks>
    /// With <paramref name="window"/> the recent speed (the default <see cref="CoachingOptions.SpeedWindow"/>)
    /// this is where the runner is heading now; with the whole rep it is where the rep's settled pace leads.
    /// </remarks>
    private double? Projected(TimeSpan at, double distance, double length, TimeSpan? window = null)
    {
        if (_pod.LastSampleAt is null) return null;
        // The speeds of the first seconds (getting up to speed) would make every start look slow.
        var settled = _phaseStart + _pausedInPhase + _options.SettlingTime;
        var speed = Math.Max(StandingMetresPerSecond, _pod.RecentSpeed(at, window ?? _options.SpeedWindow, settled));
        return ActiveElapsed(at).TotalSeconds + Math.Max(0, length - distance) / speed;
    }
}
