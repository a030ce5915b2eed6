using System.Reactive.Linq;
using System.Reactive.Concurrency;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Support;

/// <summary>Runs a plan against scripted inputs on virtual time and collects what the engine says.</summary>
internal sealed class Session
{
    private readonly List<Notification> _notifications = [];
    private readonly List<(double At, CoachCommand Command)> _commands = [];

    public Session(WorkoutPlan plan, CoachingOptions? options = null)
    {
        Plan = plan;
        Options = options ?? new CoachingOptions();
    }

    public WorkoutPlan Plan { get; }
    public CoachingOptions Options { get; }
    public List<CoachingEvent> Events { get; } = [];
    public List<PhaseSummary> Summaries { get; } = [];
    public List<CoachingSnapshot> Snapshots { get; } = [];

    public Session With(IEnumerable<Notification> notifications)
    {
        _notifications.AddRange(notifications);
        return this;
    }

    public Session Command(double at, CoachCommand command)
    {
        _commands.Add((at, command));
        return this;
    }

    /// <summary>Runs virtual time up to <paramref name="until"/> seconds.</summary>
    public Session Run(double until)
    {
        var scheduler = new HistoricalScheduler(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var origin = scheduler.Now;
        var session = new CoachingSession(Plan, Options, scheduler);
        session.Events.Subscribe(Events.Add);
        session.Summaries.Subscribe(Summaries.Add);
        session.Snapshots.Subscribe(Snapshots.Add);
        var notifications = Observable.Create<Notification>(o =>
        {
            foreach (var n in _notifications.OrderBy(n => n.At)) scheduler.Schedule(origin + n.At, () => o.OnNext(n));
            return () => { };
        });
        var commands = Observable.Create<CoachCommand>(o =>
        {
            foreach (var (at, c) in _commands) scheduler.Schedule(origin + TimeSpan.FromSeconds(at), () => o.OnNext(c));
            return () => { };
        });
        using (session.Start(notifications, commands)) scheduler.AdvanceTo(origin + TimeSpan.FromSeconds(until));
        return this;
    }

    public IEnumerable<T> Of<T>() where T : CoachingEvent => Events.OfType<T>();

    public IEnumerable<PhaseStarted> Phases => Of<PhaseStarted>();
}
