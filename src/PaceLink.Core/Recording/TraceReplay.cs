using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Subjects;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Recording;

/// <summary>What a replay produced.</summary>
/// <param name="Events">The coaching events, in order.</param>
/// <param name="Summaries">One per finished phase.</param>
/// <param name="Final">The live state when the trace ended.</param>
/// <param name="Duration">Trace time replayed.</param>
public sealed record ReplayResult(
    IReadOnlyList<CoachingEvent> Events,
    IReadOnlyList<PhaseSummary> Summaries,
    CoachingSnapshot? Final,
    TimeSpan Duration);

/// <summary>
/// Runs a trace through a <see cref="CoachingSession"/> on virtual time, as fast as the machine goes:
/// each notification and command is delivered at its trace time on a <see cref="HistoricalScheduler"/>,
/// so timers (countdowns, predicted rep ends, sensor timeouts) fire exactly as they did live.
/// </summary>
public static class TraceReplay
{
    /// <summary>Replays the whole trace through a new session for <paramref name="plan"/> and returns what it said.</summary>
    public static ReplayResult Run(TraceContents trace, WorkoutPlan plan, CoachingOptions options)
    {
        var scheduler = new HistoricalScheduler(trace.Header.StartedUtc);
        using var session = new CoachingSession(plan, options, scheduler);
        var events = new List<CoachingEvent>();
        var summaries = new List<PhaseSummary>();
        CoachingSnapshot? final = null;
        using var listening = new CompositeDisposable(
            session.Events.Subscribe(events.Add),
            session.Summaries.Subscribe(summaries.Add),
            session.Snapshots.Subscribe(s => final = s));
        var origin = scheduler.Now;
        using var notifications = new Subject<Notification>();
        using var commands = new Subject<CoachCommand>();
        using var running = session.Start(notifications, commands);
        Deliver(trace, scheduler, origin, notifications, commands);
        var end = trace.Duration;
        // Events are stored to the millisecond, so the last one (usually "done") can lie up to half a
        // millisecond after its stored time: run that far past the end so it fires as it did live.
        scheduler.AdvanceTo(origin + end + TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond / 2));
        return new ReplayResult(events, summaries, final, end);
    }

    /// <summary>
    /// Hands each record over at its trace time without queueing the whole trace on the scheduler:
    /// a queue of every record (18,000 for an hour) made each timer the engine sets cost a walk
    /// through a large heap. Order is as if every record had been queued before anything else:
    /// the clock runs everything due before a record's time, stops at that time, and the records of
    /// that instant (notifications before commands) go first; timers due at the same instant follow.
    /// </summary>
    private static void Deliver(TraceContents trace, HistoricalScheduler scheduler, DateTimeOffset origin,
        IObserver<Notification> notifications, IObserver<CoachCommand> commands)
    {
        var byTime = trace.Records.OfType<NotifyRecord>().OrderBy(r => r.T).Select(r => (Record: (TraceRecord)r, Kind: 0))
            .Concat(trace.Records.OfType<CommandRecord>().OrderBy(r => r.T).Select(r => (Record: (TraceRecord)r, Kind: 1)))
            .OrderBy(x => x.Record.T).ThenBy(x => x.Kind);
        foreach (var (record, _) in byTime)
        {
            var due = origin + record.T;
            if (due > scheduler.Now)
            {
                scheduler.AdvanceTo(due - TimeSpan.FromTicks(1));
                scheduler.Sleep(due - scheduler.Now);
            }
            if (record is NotifyRecord n) notifications.OnNext(n.ToNotification());
            else if (record is CommandRecord c) commands.OnNext(c.Command);
        }
        notifications.OnCompleted();
        commands.OnCompleted();
    }
}
