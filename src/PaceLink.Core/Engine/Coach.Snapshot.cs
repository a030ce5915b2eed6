using PaceLink.Core.Coaching;
using PaceLink.Core.Units;

namespace PaceLink.Core.Engine;

internal sealed partial class Coach
{
    private TimeSpan _snapshotAt;
    private TimeSpan _publishedAt;

    /// <summary>
    /// Every input and timer ends here. The snapshot is only built when someone listens: a replay
    /// wants the last one alone (<see cref="LastPublished"/>), which saves building one per notification.
    /// </summary>
    private void PublishSnapshot()
    {
        _publishedAt = SnapshotTime();
        if (_output.WantsSnapshots) _output.Snapshot(BuildSnapshot());
    }

    /// <summary>
    /// The snapshot the latest <see cref="PublishSnapshot"/> stood for, built now: every change of
    /// state ends in a publish, so nothing it shows has changed since.
    /// </summary>
    public CoachingSnapshot LastPublished()
    {
        lock (_gate)
        {
            var saved = _snapshotAt;
            _snapshotAt = _publishedAt;
            var snapshot = BuildSnapshot();
            _snapshotAt = saved;
            return snapshot;
        }
    }

    private TimeSpan SnapshotTime() => _snapshotAt > _now ? _snapshotAt : _now;

    /// <summary>A tick only refreshes the display: it never moves the engine's clock, so it cannot shift an event.</summary>
    public void PublishTick(TimeSpan at)
    {
        lock (_gate)
        {
            if (_disposed || Done) return;
            _snapshotAt = at;
            PublishSnapshot();
            _snapshotAt = TimeSpan.Zero;
        }
    }

    private CoachingSnapshot BuildSnapshot()
    {
        var at = SnapshotTime();
        var step = _step;
        var distance = step is null ? 0 : Math.Max(0, PhaseDistance(at));
        Pace? pace = _pod.LastSampleAt is null ? null : Pace.FromSpeed(Speed.FromMetresPerSecond(_pod.RecentSpeed(at, _options.SpeedWindow)));
        var isRep = step?.Phase == Phase.Rep;
        return new CoachingSnapshot
        {
            At = at,
            Phase = step?.Phase ?? Phase.Done,
            Set = step?.Set ?? 0,
            Rep = step?.Rep ?? 0,
            StepIndex = _stepIndex,
            StepCount = _plan.Steps.Count,
            PhaseDistanceMetres = distance,
            RepDistanceMetres = isRep ? distance : 0,
            RepTargetMetres = step?.DistanceMetres,
            PhaseElapsed = step is null ? TimeSpan.Zero : ActiveElapsed(at),
            PhaseRemaining = step?.Duration is { } d ? Max(TimeSpan.Zero, d - ActiveElapsed(at)) : null,
            CurrentPace = pace,
            TargetPace = step?.TargetPace,
            ProjectedSplitSeconds = isRep && step!.DistanceMetres is { } len ? Projected(at, distance, len) : null,
            TargetSplitSeconds = step?.TargetSplitSeconds,
            HeartRate = _heartRate,
            TotalDistanceMetres = _pod.DistanceAt(at),
            Paused = Paused,
            OffPace = isRep ? _judge.Told : null,
            Sensors = SensorHealths(),
            LastSplitSeconds = _lastSplit,
            Done = Done,
        };
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
