using System.Reactive.Concurrency;
using PaceLink.Core.Coaching;
using PaceLink.Core.Estimation;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Engine;

/// <summary>
/// The workout state machine of one session. Every input (notification, command, timer) takes the
/// gate, updates state and emits at the session time it was decided. Timers are scheduled at
/// absolute scheduler times so virtual time gives exactly the same results as a live run.
/// </summary>
internal sealed partial class Coach : IDisposable
{
    private readonly object _gate = new();
    private readonly WorkoutPlan _plan;
    private readonly CoachingOptions _options;
    private readonly IScheduler _scheduler;
    private readonly DateTimeOffset _origin;
    private readonly ICoachOutput _output;
    private readonly FootPodDistance _pod;
    private int? _heartRate;
    private bool _disposed;

    /// <summary>Latest session time the engine has acted at; inputs never move it backwards.</summary>
    private TimeSpan _now;

    public Coach(WorkoutPlan plan, CoachingOptions options, IScheduler scheduler, DateTimeOffset origin, ICoachOutput output)
    {
        _plan = plan;
        _options = options;
        _scheduler = scheduler;
        _origin = origin;
        _output = output;
        _pod = new FootPodDistance(options.Calibration, options.SensorTimeout, options.PodLagCompensation);
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
            var decoded = Watch(sensor, at);
            decoded &= n.Characteristic switch
            {
                GattIds.RscMeasurement => OnPodPayload(n.Payload, at),
                GattIds.HeartRateMeasurement => OnHeartRatePayload(n.Payload),
                _ => true, // other characteristics only show the sensor is alive
            };
            if (!decoded) CountMalformed(sensor);
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
                case CoachCommand.Lap: Lap(at); break;
                case CoachCommand.Pause: Pause(at); break;
                case CoachCommand.Resume: Resume(at); break;
                case CoachCommand.Stop: Stop(at); break;
            }
            PublishSnapshot();
        }
    }

    public CoachingSnapshot CurrentSnapshot()
    {
        lock (_gate) return BuildSnapshot();
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

    private bool OnPodPayload(ReadOnlyMemory<byte> payload, TimeSpan at)
    {
        if (!RscMeasurement.TryParse(payload.Span, out var m)) return false;
        var (lastAt, committed) = (_pod.LastSampleAt, _pod.Committed);
        _pod.Add(at, m);
        if (lastAt is { } before && at - before > _options.SensorTimeout) OnPodGapClosed(before, committed, at);
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
