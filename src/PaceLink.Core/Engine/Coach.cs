using System.Reactive.Concurrency;
using PaceLink.Core.Coaching;
using PaceLink.Core.Estimation;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Engine;

/// <summary>
/// The workout state machine of one session. Every input (notification, command, timer) takes the
/// gate, updates state and emits at the session time it was decided. Timers are scheduled at
/// absolute scheduler times so virtual time gives exactly the same results as a live run.
/// </summary>
/// <remarks>
/// The coach decides what happens and when; its parts keep their own state: <see cref="PhaseClock"/>
/// (phase time with pauses taken out, the countdown), <see cref="PhaseDistance"/> (metres in the
/// phase, held while paused), <see cref="CrossingPredictor"/> (when the line of a distance step is
/// crossed), <see cref="SensorWatch"/> (which sensor is lost), <see cref="PaceJudge"/> (off pace or
/// on), <see cref="FootPodDistance"/> (the pod's distance and speed).
/// The coach arms every timer, so each runs under the gate; the part the timer belongs to keeps it.
/// </remarks>
internal sealed class Coach : IDisposable
{
    // Long enough to reach back to the start of any rep: "the rep's pace so far".
    private static readonly TimeSpan WholeRep = TimeSpan.FromHours(3);

    private readonly object _gate = new();
    private readonly WorkoutPlan _plan;
    private readonly CoachingOptions _options;
    private readonly IScheduler _scheduler;
    private readonly DateTimeOffset _origin;
    private readonly ICoachOutput _output;

    private readonly FootPodDistance _pod;
    private readonly PhaseClock _clock;
    private readonly PhaseDistance _distance;
    private readonly CrossingPredictor _crossing;
    private readonly SensorWatch _sensors;
    private readonly PaceJudge _judge = new();

    // The step in progress; null once done.
    private int _stepIndex;
    private WorkoutStep? _step;
    private int? _heartRate;
    private HeartRateStats? _phaseHeartRate;
    private double? _lastSplit;

    /// <summary>Latest session time the engine has acted at; inputs never move it backwards.</summary>
    private TimeSpan _now;
    // The time of a display tick while it publishes, and of the latest published snapshot.
    private TimeSpan _snapshotAt;
    private TimeSpan _publishedAt;
    private bool _disposed;

    public Coach(WorkoutPlan plan, CoachingOptions options, IScheduler scheduler, DateTimeOffset origin, ICoachOutput output)
    {
        _plan = plan;
        _options = options;
        _scheduler = scheduler;
        _origin = origin;
        _output = output;
        _pod = new FootPodDistance(options.Calibration, options.SensorTimeout, options.PodLagCompensation);
        _clock = new PhaseClock(options);
        _distance = new PhaseDistance(_pod, _clock);
        _crossing = new CrossingPredictor(_pod);
        _sensors = new SensorWatch(options.SensorTimeout);
    }

    public bool Done { get; private set; }

    /// <summary>Starts the first step at session time zero.</summary>
    public void Begin()
    {
        lock (_gate)
        {
            StartStep(0, TimeSpan.Zero);
            PublishSnapshot();
        }
    }

    public void OnNotification(Notification n)
    {
        lock (_gate)
        {
            if (_disposed || Done) return;
            var at = Advance(n.At);
            var sensor = n.Sensor ?? "";
            Watch(sensor, at);
            var decoded = n.Characteristic switch
            {
                GattIds.RscMeasurement => OnPodPayload(n.Payload, at),
                GattIds.HeartRateMeasurement => OnHeartRatePayload(n.Payload),
                _ => true, // other characteristics only show the sensor is alive
            };
            if (!decoded) _sensors.Malformed(sensor);
            PublishSnapshot();
        }
    }

    public void OnCommand(CoachCommand command, TimeSpan at)
    {
        lock (_gate)
        {
            if (_disposed || Done) return;
            at = Advance(at);
            switch (command)
            {
                case CoachCommand.Lap: EndStep(at, PhaseEnd.Lap, at); break;
                case CoachCommand.Pause: Pause(at); break;
                case CoachCommand.Resume: Resume(at); break;
                case CoachCommand.Stop: EndStep(at, PhaseEnd.Stop, at); break;
            }
            PublishSnapshot();
        }
    }

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

    public CoachingSnapshot CurrentSnapshot()
    {
        lock (_gate) return BuildSnapshot();
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

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            CancelTimers();
        }
    }

    private TimeSpan Advance(TimeSpan at) => _now = at > _now ? at : _now;

    // ---- Steps: start, end, pause ----

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
        _clock.Restart(at);
        _distance.Restart(at);
        _phaseHeartRate = new HeartRateStats(_heartRate);
        _crossing.Reset(at, _options.HalfwaySplit && step is { Phase: Phase.Rep, DistanceMetres: > 0 });
        _judge.Reset();
        Emit(new PhaseStarted(at, step.Phase, step.Set, step.Rep));
        ScheduleTimers(at);
    }

    /// <summary>Ends the current step at <paramref name="at"/>; a rep that reached its distance at <paramref name="crossing"/> gets its split from there.</summary>
    private void EndStep(TimeSpan at, PhaseEnd reason, TimeSpan crossing)
    {
        if (_step is not { } step) return;
        CancelPhaseTimers();
        var active = reason == PhaseEnd.Distance ? _clock.RunningTimeAt(crossing) : _clock.Elapsed(at);
        var distance = reason == PhaseEnd.Distance ? step.DistanceMetres ?? 0 : Math.Max(0, _distance.At(at));
        if (step.Phase == Phase.Rep && reason != PhaseEnd.Stop)
        {
            _lastSplit = active.TotalSeconds;
            Emit(new RepCompleted(at, step.Set, step.Rep, active.TotalSeconds, distance));
        }
        var hr = _phaseHeartRate;
        _output.Summary(new PhaseSummary(step.Phase, step.Set, step.Rep, _clock.Start, at, active, distance,
            hr?.Average, hr?.Max, hr?.AtStart, _heartRate, reason));
        StartStep(reason == PhaseEnd.Stop ? _plan.Steps.Count : _stepIndex + 1, at);
    }

    private void Pause(TimeSpan at)
    {
        if (_clock.Paused) return;
        _distance.Hold(at);
        _clock.Pause(at);
        CancelPhaseTimers();
    }

    private void Resume(TimeSpan at)
    {
        if (!_clock.Resume(at)) return;
        // Whatever the pod counted while paused is not part of the phase.
        _crossing.Checked(at, _distance.Release(at));
        _judge.Restart();
        ScheduleTimers(at);
    }

    private void ScheduleTimers(TimeSpan at)
    {
        if (_clock.Paused || _step is not { } step) return;
        if (step.Duration is not null) ScheduleMark(at);
        else ScheduleCrossing(at, _distance.At(at));
    }

    /// <summary>Schedules the next countdown, or the end of the timed phase, at its exact time.</summary>
    private void ScheduleMark(TimeSpan at)
    {
        var (due, mark) = _clock.NextMark(at, _step!);
        _clock.Arm(mark > 0
            ? At(due, d =>
            {
                Emit(new Countdown(d, mark));
                ScheduleMark(d);
            })
            : At(due, d => EndStep(d, PhaseEnd.Time, d)));
    }

    // ---- Sensors: the pod's distance, heart rate, silence ----

    /// <summary>Marks the sensor alive at <paramref name="at"/> and re-arms its silence timer.</summary>
    private void Watch(string id, TimeSpan at)
    {
        if (_sensors.Notified(id, out var sensor)) Emit(new SensorRestored(at, id));
        sensor.Silence = At(_sensors.Heard(sensor, at), sensor, static (coach, silent, due) =>
        {
            if (SensorWatch.Silent(silent)) coach.Emit(new SensorLost(due, silent.Id));
        });
    }

    private bool OnPodPayload(ReadOnlyMemory<byte> payload, TimeSpan at)
    {
        if (!RscMeasurement.TryParse(payload.Span, out var m)) return false;
        var (lastAt, committed) = (_pod.LastSampleAt, _pod.Committed);
        _pod.Add(at, m);
        // Back from a dropout: the pod's total may settle where the phase started.
        if (lastAt is { } before && at - before > _options.SensorTimeout && _step is not null && _distance.SettleGap(before, committed, at))
            _crossing.Checked(_clock.Start, 0);
        OnPodSample(at);
        return true;
    }

    private bool OnHeartRatePayload(ReadOnlyMemory<byte> payload)
    {
        if (!HeartRateMeasurement.TryParse(payload, out var hr)) return false;
        // A strap without skin contact sends zeros or stale values: show nothing rather than nonsense.
        _heartRate = hr.Contact == SensorContact.NotDetected || hr.BeatsPerMinute == 0 ? null : hr.BeatsPerMinute;
        if (_heartRate is { } bpm) _phaseHeartRate?.Add(bpm);
        return true;
    }

    // ---- Distance steps: the line, halfway, pace ----

    /// <summary>A foot-pod sample arrived: end a distance step that is past its length, else re-predict the crossing.</summary>
    private void OnPodSample(TimeSpan at)
    {
        if (_clock.Paused || _step is not { DistanceMetres: { } length } step) return;
        var distance = _distance.At(at);
        // A micrometre short is there: sums of float distances must not push the cue to the next timer.
        if (_crossing.HalfwayDue && distance >= length / 2 - 1e-6) PassHalfway(at, _crossing.Interpolate(at, distance, length / 2));
        if (distance >= length - 1e-6)
        {
            EndStep(at, PhaseEnd.Distance, _crossing.Interpolate(at, distance, length));
            return;
        }
        if (step.Phase == Phase.Rep && step.TargetSplitSeconds is { } target && _clock.Elapsed(at) >= _options.GracePeriod
            && Projected(at, distance, length, _options.SpeedWindow) is { } recent && Projected(at, distance, length, WholeRep) is { } sustained)
        {
            var tolerance = step.Tolerance ?? _options.Tolerance;
            // Early in a rep most of it is still to run, so a projection is least certain: ask for more.
            var margin = _options.EarlyMargin * Math.Clamp(1 - distance / length, 0, 1);
            if (_judge.Judge(at, new PaceJudge.Projection(recent, sustained), target, tolerance, margin, _options) is { } e) Emit(e);
        }
        ScheduleCrossing(at, distance);
        _crossing.Checked(at, distance);
    }

    /// <summary>
    /// The rep's halfway mark, passed at <paramref name="crossing"/>: told from the same distance and
    /// crossing as the rep's end, so the half split and the split agree.
    /// </summary>
    private void PassHalfway(TimeSpan at, TimeSpan crossing)
    {
        _crossing.PassedHalfway();
        if (_step is not { DistanceMetres: { } length } step) return;
        Emit(new HalfwaySplit(at, step.Set, step.Rep, _clock.RunningTimeAt(crossing).TotalSeconds, length / 2));
    }

    /// <summary>
    /// Schedules the end of the distance step at the predicted crossing. Each new sample replaces the
    /// prediction; while the pod is silent the last one stands. Before the halfway mark (when asked
    /// for) the mark is predicted first, and from it the end.
    /// </summary>
    private void ScheduleCrossing(TimeSpan at, double distance)
    {
        _crossing.Cancel();
        if (_step is not { DistanceMetres: { } full } || _crossing.Predict(at, distance, full) is not { } next) return;
        _crossing.Arm(At(next.Due, next.HalfwayMetres, static (coach, half, due) =>
        {
            if (half == 0)
            {
                coach.EndStep(due, PhaseEnd.Distance, due);
                return;
            }
            coach.PassHalfway(due, due);
            coach.ScheduleCrossing(due, half);
        }));
    }

    /// <summary>Rep time the runner is heading for, from the speed over <paramref name="window"/>: the recent speed, or the rep's settled pace with <see cref="WholeRep"/>.</summary>
    private double? Projected(TimeSpan at, double distance, double length, TimeSpan window) =>
        // The speeds of the first seconds (getting up to speed) would make every start look slow.
        _crossing.ProjectedSplit(at, distance, length, _clock.Elapsed(at), _clock.When(_options.SettlingTime), window);

    // ---- Snapshots ----

    /// <summary>
    /// Every input and timer ends here. The snapshot is only built when someone listens: a replay
    /// wants the last one alone (<see cref="LastPublished"/>), which saves building one per notification.
    /// </summary>
    private void PublishSnapshot()
    {
        _publishedAt = SnapshotTime();
        if (_output.WantsSnapshots) _output.Snapshot(BuildSnapshot());
    }

    private TimeSpan SnapshotTime() => _snapshotAt > _now ? _snapshotAt : _now;

    private CoachingSnapshot BuildSnapshot()
    {
        var at = SnapshotTime();
        var step = _step;
        var distance = step is null ? 0 : Math.Max(0, _distance.At(at));
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
            PhaseElapsed = step is null ? TimeSpan.Zero : _clock.Elapsed(at),
            PhaseRemaining = step?.Duration is { } d ? Max(TimeSpan.Zero, d - _clock.Elapsed(at)) : null,
            CurrentPace = pace,
            TargetPace = step?.TargetPace,
            ProjectedSplitSeconds = isRep && step!.DistanceMetres is { } len ? Projected(at, distance, len, _options.SpeedWindow) : null,
            TargetSplitSeconds = step?.TargetSplitSeconds,
            HeartRate = _heartRate,
            TotalDistanceMetres = _pod.DistanceAt(at),
            Paused = _clock.Paused,
            OffPace = isRep ? _judge.Told : null,
            Sensors = _sensors.Healths(),
            LastSplitSeconds = _lastSplit,
            Done = Done,
        };
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // ---- Timers ----

    private void CancelPhaseTimers()
    {
        _clock.Cancel();
        _crossing.Cancel();
    }

    private void CancelTimers()
    {
        CancelPhaseTimers();
        _sensors.Cancel();
    }

    /// <summary>Schedules <paramref name="action"/> at session time <paramref name="at"/> under the gate.</summary>
    private IDisposable At(TimeSpan at, Action<TimeSpan> action) =>
        At(at, action, static (_, act, due) => act(due));

    /// <summary>
    /// As <see cref="At(TimeSpan, Action{TimeSpan})"/> with a static action and its state: the timers
    /// re-armed on every notification (sensor silence, the predicted crossing) then cost the
    /// scheduler's item alone, no closure.
    /// </summary>
    private IDisposable At<TState>(TimeSpan at, TState state, Action<Coach, TState, TimeSpan> action) =>
        _scheduler.Schedule((Coach: this, State: state, Action: action, At: at), _origin + at, static (_, timer) =>
        {
            timer.Coach.Fire(timer.At, timer.State, timer.Action);
            return System.Reactive.Disposables.Disposable.Empty;
        });

    private void Fire<TState>(TimeSpan at, TState state, Action<Coach, TState, TimeSpan> action)
    {
        lock (_gate)
        {
            if (_disposed || Done) return;
            Advance(at);
            action(this, state, at);
            PublishSnapshot();
        }
    }

    private void Emit(CoachingEvent e) => _output.Event(e);
}

/// <summary>Where the coach sends what it decides; the session turns these into observables.</summary>
internal interface ICoachOutput
{
    void Event(CoachingEvent e);
    /// <summary>False when nobody listens to snapshots: the coach then builds none.</summary>
    bool WantsSnapshots { get; }
    void Snapshot(CoachingSnapshot s);
    void Summary(PhaseSummary s);
    void Completed();
}
