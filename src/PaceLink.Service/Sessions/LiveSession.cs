using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Sessions;

/// <summary>
/// One coached workout as it happens: notifications from a source (simulator, radio), stamped by
/// the source on the session's scheduler, are recorded and handed to the engine; commands are recorded and
/// handed over too; every coaching event is recorded and then fanned out to the sinks. The
/// trace it writes replays to exactly the events emitted here. Transport-agnostic: any
/// <see cref="INotificationSource"/> plugs in.
/// </summary>
/// <remarks>
/// Everything happens on the injected scheduler (a <see cref="SessionClock"/> in a live run).
/// Call <see cref="Start"/> at the instant the session begins; <see cref="Send"/> and
/// <see cref="Stop"/> may be called from any thread when the scheduler is a <see cref="SessionClock"/>.
/// </remarks>
public sealed class LiveSession : IDisposable
{
    private readonly LiveSessionSetup _setup;
    private readonly INotificationSource _source;
    private readonly IScheduler _scheduler;
    private readonly ILogger _logger;
    private readonly SinkFanOut _sinks;
    private readonly Subject<CoachCommand> _commands = new();
    private readonly TaskCompletionSource<SessionSummary> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<RepCompleted> _reps = [];
    private readonly List<PhaseSummary> _phases = [];
    private readonly CompositeDisposable _running = new();
    private CoachingSession? _engine;
    private SessionRecorder? _recorder;
    private DateTimeOffset _origin;
    private long _notifications;
    private long _events;
    private bool _stopped;

    /// <summary>Prepares a session; <see cref="Start"/> begins it. Throws <see cref="FormatException"/> for settings that make no workout.</summary>
    public LiveSession(LiveSessionSetup setup, INotificationSource source, IScheduler scheduler, ILogger? logger = null)
    {
        _setup = setup;
        _source = source;
        _scheduler = scheduler;
        _logger = logger ?? NullLogger.Instance;
        _sinks = new SinkFanOut(setup.Sinks, _logger);
        Plan = setup.Plan ?? setup.Settings.ToPlan();
        Options = setup.Options ?? setup.Settings.ToOptions();
    }

    /// <summary>The steps the engine walks through.</summary>
    public WorkoutPlan Plan { get; }
    /// <summary>The engine options in force.</summary>
    public CoachingOptions Options { get; }

    /// <summary>The trace being written; null before the start or when it could not be created.</summary>
    public string? TracePath => _recorder?.Path;

    /// <summary>Completes, with the summary, once the session has ended and the trace is closed.</summary>
    public Task<SessionSummary> Completion => _ended.Task;

    /// <summary>True once the session has ended.</summary>
    public bool IsEnded => _ended.Task.IsCompleted;

    /// <summary>The engine's live state now.</summary>
    public CoachingSnapshot? Current => _engine?.Current;

    /// <summary>Session time now.</summary>
    public TimeSpan Elapsed => _scheduler.Now - _origin;

    /// <summary>
    /// Creates the trace file before the session starts, so a caller can refuse a session it could
    /// not record; throws <see cref="TraceUnavailableException"/>. Without it, <see cref="Start"/>
    /// creates the file and coaches without a trace if it cannot.
    /// </summary>
    public void PrepareTrace()
    {
        if (_engine is not null) throw new InvalidOperationException("the trace is prepared before the session starts");
        _recorder ??= SessionRecorder.Create(_setup.TracePath, _logger, _setup.OpenTrace);
    }

    /// <summary>Opens the trace, tells the sinks, subscribes the source and starts the engine. Call once, on the scheduler.</summary>
    public void Start()
    {
        if (_engine is not null) throw new InvalidOperationException("a live session can only be started once");
        _origin = _scheduler.Now;
        var header = new TraceHeader { StartedUtc = _origin, Sensors = _source.Sensors, Settings = _setup.Settings, Software = _setup.Software };
        _recorder ??= SessionRecorder.CreateOrNone(_setup.TracePath, _logger, _setup.OpenTrace);
        _recorder.Begin(header);
        var engine = _engine = new CoachingSession(Plan, Options, _scheduler);
        _running.Add(engine);
        _running.Add(engine.Summaries.Subscribe(p =>
        {
            _phases.Add(p);
            _sinks.Publish(k => k.OnPhaseEnded(p), "phase end");
        }));
        _running.Add(engine.Snapshots.Subscribe(s => _sinks.Publish(k => k.OnSnapshot(s), "snapshot")));
        _running.Add(engine.Events.Subscribe(OnEvent, e => Finish(e), () => Finish(null)));
        _running.Add(_source.LinkChanges.Subscribe(
            change => _recorder.Link(change),
            e => _logger.LogWarning(e, "The sensors' link-state stream failed")));
        _sinks.Publish(k => k.OnStarted(new SessionStart(_origin, Plan, _setup.Settings, TracePath, _source.Sensors)), "start");
        _logger.LogInformation("Session started: {Workout}, recording to {Trace}", Plan.Name, TracePath ?? "(nothing)");
        _running.Add(engine.Start(Recorded(), _commands));
    }

    /// <summary>Sends a command (lap, pause, resume, stop); it takes effect at the scheduler's current time.</summary>
    public void Send(CoachCommand command) => _scheduler.Schedule(() =>
    {
        if (IsEnded || _engine is null) return;
        if (command == CoachCommand.Stop) _stopped = true;
        _recorder?.Command(Elapsed, command);
        _commands.OnNext(command);
    });

    /// <summary>Ends the workout early, as the runner pressing stop: the engine says done, the trace is closed.</summary>
    public void Stop() => Send(CoachCommand.Stop);

    /// <summary>Ends at once without a done event (cancellation); the trace keeps everything written so far.</summary>
    public void Dispose()
    {
        _stopped = true;
        Finish(null);
    }

    /// <summary>The source's notifications, recorded on the way in with the time the source stamped: the time the engine sees them.</summary>
    private IObservable<Notification> Recorded() =>
        _source.Notifications
            .Do(n =>
            {
                _notifications++;
                _recorder!.Notification(n);
                if (_setup.Relay is { } relay) Relay(relay, n);
            }, e => _logger.LogError(e, "The notification source failed; coaching goes on on timers alone"));

    /// <summary>The relay is an edge: a failure there is logged and coaching goes on.</summary>
    private void Relay(Func<Notification, Core.Relay.RelayedValue?> relay, Notification n)
    {
        try
        {
            if (relay(n) is { } sent) _recorder!.Relayed(sent);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogError(e, "Relaying a notification of {Sensor} failed; coaching goes on", n.Sensor);
        }
    }

    private void OnEvent(CoachingEvent cue)
    {
        _events++;
        _recorder!.Event(cue);
        if (cue is RepCompleted rep) _reps.Add(rep);
        _sinks.Publish(k => k.OnEvent(cue), cue.GetType().Name);
    }

    private void Finish(Exception? error)
    {
        if (IsEnded) return;
        if (error is not null) _logger.LogError(error, "The coaching engine failed; ending the session");
        _running.Dispose();
        _recorder?.Dispose();
        var summary = new SessionSummary
        {
            TracePath = _recorder?.Path,
            Duration = _engine is null ? TimeSpan.Zero : Elapsed,
            Completed = !_stopped && error is null && _engine is { IsDone: true },
            Stopped = SessionStop.From(_phases),
            Reps = _reps.ToList(),
            Phases = _phases.ToList(),
            Notifications = _notifications,
            Events = _events,
            RecordsWritten = _recorder?.RecordsWritten ?? 0,
            RecordsLost = _recorder?.RecordsLost ?? 0,
            SinkFailures = new Dictionary<string, int>(_sinks.Failures),
        };
        _sinks.Publish(k => k.OnEnded(summary), "end");
        foreach (var line in summary.Describe()) _logger.LogInformation("{Line}", line);
        _ended.TrySetResult(summary);
    }
}
