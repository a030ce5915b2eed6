using PaceLink.Core.Coaching;
using PaceLink.Core.Estimation;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Engine;

internal sealed partial class Coach
{
    private int _stepIndex;
    private WorkoutStep? _step;
    private TimeSpan _phaseStart;
    private TimeSpan _pausedInPhase;
    private TimeSpan? _pausedSince;
    private double _phaseStartDistance;
    private double _frozenDistance;
    private HeartRateStats? _phaseHeartRate;
    private IDisposable? _phaseTimer;
    private double? _lastSplit;

    private bool Paused => _pausedSince is not null;

    /// <summary>Time in the phase with pauses taken out.</summary>
    private TimeSpan ActiveElapsed(TimeSpan at) => (_pausedSince ?? at) - _phaseStart - _pausedInPhase;

    /// <summary>Calibrated distance in the phase; frozen while paused.</summary>
    private double PhaseDistance(TimeSpan at) => Paused ? _frozenDistance : _pod.DistanceAt(at) - _phaseStartDistance;

    private void StartStep(int index, TimeSpan at)
    {
        _stepIndex = index;
        CancelPhaseTimers();
        if (index >= _plan.Steps.Count)
        {
            _step = null;
            Emit(new PhaseStarted(at, Phase.Done, 0, 0));
            Done = true;
            CancelTimers();
            PublishSnapshot();
            _output.Completed();
            return;
        }
        var step = _step = _plan.Steps[index];
        _phaseStart = at;
        _pausedInPhase = TimeSpan.Zero;
        if (Paused) _pausedSince = at; // a lap while paused moves on but keeps the clock stopped
        _frozenDistance = 0;
        _phaseStartDistance = _pod.DistanceAt(at);
        _phaseHeartRate = new HeartRateStats(_heartRate);
        StartDistanceTracking(at);
        Emit(new PhaseStarted(at, step.Phase, step.Set, step.Rep));
        ScheduleTimers(at);
    }

    /// <summary>Ends the current step at <paramref name="at"/>; a rep that reached its distance at <paramref name="crossing"/> gets its split from there.</summary>
    private void EndStep(TimeSpan at, PhaseEnd reason, TimeSpan crossing)
    {
        if (_step is not { } step) return;
        CancelPhaseTimers();
        var active = reason == PhaseEnd.Distance ? crossing - _phaseStart - _pausedInPhase : ActiveElapsed(at);
        var distance = reason == PhaseEnd.Distance ? step.DistanceMetres ?? 0 : Math.Max(0, PhaseDistance(at));
        if (step.Phase == Phase.Rep && reason != PhaseEnd.Stop)
        {
            _lastSplit = active.TotalSeconds;
            Emit(new RepCompleted(at, step.Set, step.Rep, active.TotalSeconds, distance));
        }
        var hr = _phaseHeartRate;
        _output.Summary(new PhaseSummary(step.Phase, step.Set, step.Rep, _phaseStart, at, active, distance,
            hr?.Average, hr?.Max, hr?.AtStart, _heartRate, reason));
        StartStep(reason == PhaseEnd.Stop ? _plan.Steps.Count : _stepIndex + 1, at);
    }

    private void ScheduleTimers(TimeSpan at)
    {
        if (Paused || _step is not { } step) return;
        if (step.Duration is not null) ScheduleTimedMilestone(at);
        else ScheduleCrossing(at, PhaseDistance(at));
    }

    /// <summary>Schedules the next countdown, or the end of the timed phase, at its exact time.</summary>
    private void ScheduleTimedMilestone(TimeSpan at)
    {
        var duration = _step!.Duration!.Value;
        var end = _phaseStart + _pausedInPhase + duration;
        var remaining = end - at;
        var mark = Marks(_step)
            .Where(s => TimeSpan.FromSeconds(s) < duration && TimeSpan.FromSeconds(s) < remaining)
            .DefaultIfEmpty(0)
            .Max();
        if (mark > 0)
        {
            _phaseTimer = At(end - TimeSpan.FromSeconds(mark), due =>
            {
                Emit(new Countdown(due, mark));
                ScheduleTimedMilestone(due);
            });
        }
        else
        {
            _phaseTimer = At(end, due => EndStep(due, PhaseEnd.Time, due));
        }
    }

    /// <summary>The seconds-left marks of a timed step: the countdown, and in a set rest each whole minute.</summary>
    private IEnumerable<int> Marks(WorkoutStep step) =>
        step.Phase == Phase.SetRest && _options.MinutesInSetRest
            ? _options.CountdownSeconds.Concat(Enumerable.Range(1, (int)(step.Duration!.Value.TotalSeconds / 60)).Select(m => m * 60))
            : _options.CountdownSeconds;

    private void Lap(TimeSpan at) => EndStep(at, PhaseEnd.Lap, at);

    private void Stop(TimeSpan at) => EndStep(at, PhaseEnd.Stop, at);

    private void Pause(TimeSpan at)
    {
        if (Paused) return;
        _frozenDistance = PhaseDistance(at);
        _pausedSince = at;
        CancelPhaseTimers();
    }

    private void Resume(TimeSpan at)
    {
        if (_pausedSince is not { } since) return;
        _pausedInPhase += at - since;
        _pausedSince = null;
        // Whatever the pod counted while paused is not part of the phase.
        _phaseStartDistance = _pod.DistanceAt(at) - _frozenDistance;
        ResumeDistanceTracking(at, _frozenDistance);
        ScheduleTimers(at);
    }

    private void CancelPhaseTimers()
    {
        _phaseTimer?.Dispose();
        _phaseTimer = null;
        _crossingTimer?.Dispose();
        _crossingTimer = null;
    }

    private void CancelTimers()
    {
        CancelPhaseTimers();
        CancelSensorTimers();
    }
}
