using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Engine;

/// <summary>
/// One coached workout: raw notifications and commands in, coaching events and live state out.
/// All time comes from the injected scheduler; the session start (<see cref="Origin"/>) is the
/// scheduler's time when <see cref="Start"/> is called, and notifications carry their time since then.
/// </summary>
/// <remarks>
/// Subscribe to <see cref="Events"/>, <see cref="Snapshots"/> and <see cref="Summaries"/> before
/// calling <see cref="Start"/>: the first phase starts during that call. The outputs are hot and
/// shared by every listener, which is why they are backed by subjects: the session is one run with
/// many listeners, not a query each subscriber re-runs. They complete when the workout is done.
/// </remarks>
public sealed class CoachingSession : IDisposable
{
    private readonly IScheduler _scheduler;
    private readonly Subject<CoachingEvent> _events = new();
    private readonly Subject<CoachingSnapshot> _snapshots = new();
    private readonly Subject<PhaseSummary> _summaries = new();
    private readonly CompositeDisposable _running = new();
    private Coach? _coach;

    /// <summary>A session for <paramref name="plan"/>; every timer runs on <paramref name="scheduler"/>.</summary>
    public CoachingSession(WorkoutPlan plan, CoachingOptions options, IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scheduler);
        if (plan.Steps.Count == 0) throw new ArgumentException("the workout has no steps", nameof(plan));
        Plan = plan;
        Options = options;
        _scheduler = scheduler;
    }

    /// <summary>The steps this session coaches.</summary>
    public WorkoutPlan Plan { get; }
    /// <summary>How distance, pace and sensors are judged.</summary>
    public CoachingOptions Options { get; }

    /// <summary>Scheduler time of the session start; null before <see cref="Start"/>.</summary>
    public DateTimeOffset? Origin { get; private set; }

    /// <summary>What the runner is told, in order, each at the session time it was decided.</summary>
    public IObservable<CoachingEvent> Events => _events.AsObservable();

    /// <summary>Live state after every input and every <see cref="CoachingOptions.SnapshotInterval"/>.</summary>
    public IObservable<CoachingSnapshot> Snapshots => _snapshots.AsObservable();

    /// <summary>One summary per finished phase (heart rate per rep, at rest start and end).</summary>
    public IObservable<PhaseSummary> Summaries => _summaries.AsObservable();

    /// <summary>Set when an input stream failed; the session carries on with the other input and its timers.</summary>
    public Exception? InputError { get; private set; }

    /// <summary>True once the workout reached done (finished or stopped).</summary>
    public bool IsDone => _coach?.Done ?? false;

    /// <summary>The live state now, for a display that polls instead of subscribing.</summary>
    public CoachingSnapshot? Current => _coach?.CurrentSnapshot();

    /// <summary>
    /// Starts the workout now. <paramref name="notifications"/> must carry times since this moment
    /// (see <see cref="Notification.At"/>). Dispose the result to end the session without a done event.
    /// </summary>
    public IDisposable Start(IObservable<Notification> notifications, IObservable<CoachCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(commands);
        if (_coach is not null) throw new InvalidOperationException("a coaching session can only be started once");
        var origin = _scheduler.Now;
        Origin = origin;
        var coach = _coach = new Coach(Plan, Options, _scheduler, origin, new Output(this));
        _running.Add(coach);
        _running.Add(notifications.Subscribe(coach.OnNotification, e => InputError ??= e));
        _running.Add(commands.Subscribe(c => coach.OnCommand(c, _scheduler.Now - origin), e => InputError ??= e));
        _running.Add(Observable.Interval(Options.SnapshotInterval, _scheduler)
            .Subscribe(_ => coach.PublishTick(_scheduler.Now - origin)));
        coach.Begin();
        return Disposable.Create(Dispose);
    }

    /// <summary>The latest snapshot the session published (or would have, with nobody listening); null before <see cref="Start"/>.</summary>
    internal CoachingSnapshot? LastSnapshot => _coach?.LastPublished();

    /// <summary>Stops the inputs and the timers; no done event is emitted.</summary>
    public void Dispose() => _running.Dispose();

    private sealed class Output(CoachingSession session) : ICoachOutput
    {
        public void Event(CoachingEvent e) => session._events.OnNext(e);
        public bool WantsSnapshots => session._snapshots.HasObservers;
        public void Snapshot(CoachingSnapshot s) => session._snapshots.OnNext(s);
        public void Summary(PhaseSummary s) => session._summaries.OnNext(s);

        public void Completed()
        {
            session._events.OnCompleted();
            session._summaries.OnCompleted();
            session._snapshots.OnCompleted();
            // Nothing more can happen: stop the inputs and the display tick.
            session._running.Dispose();
        }
    }
}
