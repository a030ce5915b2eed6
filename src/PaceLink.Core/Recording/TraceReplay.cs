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
    public static ReplayResult Run(TraceContents trace, WorkoutPlan plan, CoachingOptions options) =>
        // Stable sort: records written out of order (several sensor threads) still play in time order.
        Run(trace.Header, trace.Records.OrderBy(r => r.T), plan, options);

    /// <summary>
    /// Replays records as they are read (a <see cref="TraceStream"/>): only the records within
    /// <see cref="ReorderWindow"/> of the latest one are held, so memory does not grow with the trace.
    /// </summary>
    public static ReplayResult Run(TraceHeader header, IEnumerable<TraceRecord> records, WorkoutPlan plan, CoachingOptions options) =>
        Run(header, plan, options, (scheduler, origin, notifications, commands) => Deliver(records, scheduler, origin, notifications, commands));

    /// <summary>
    /// Replays a trace as it is read, in the order <see cref="InPlayOrder"/> gives, without an object
    /// per record: the records within <see cref="ReorderWindow"/> wait in re-used slots.
    /// </summary>
    public static ReplayResult Run(TraceStream trace, WorkoutPlan plan, CoachingOptions options)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var header = trace.Header ?? throw new ArgumentException($"the trace cannot be replayed: {trace.Error}", nameof(trace));
        return Run(header, plan, options, (scheduler, origin, notifications, commands) => Deliver(trace, scheduler, origin, notifications, commands));
    }

    private delegate TimeSpan Delivery(HistoricalScheduler scheduler, DateTimeOffset origin, IObserver<Notification> notifications, IObserver<CoachCommand> commands);

    private static ReplayResult Run(TraceHeader header, WorkoutPlan plan, CoachingOptions options, Delivery deliver)
    {
        var scheduler = new HistoricalScheduler(header.StartedUtc);
        using var session = new CoachingSession(plan, options, scheduler);
        var events = new List<CoachingEvent>();
        var summaries = new List<PhaseSummary>();
        // No snapshot listener: the engine then builds none per notification, and the last one is asked for at the end.
        using var listening = new CompositeDisposable(
            session.Events.Subscribe(events.Add),
            session.Summaries.Subscribe(summaries.Add));
        var origin = scheduler.Now;
        using var notifications = new Subject<Notification>();
        using var commands = new Subject<CoachCommand>();
        using var running = session.Start(notifications, commands);
        var end = deliver(scheduler, origin, notifications, commands);
        // Events are stored to the millisecond, so the last one (usually "done") can lie up to half a
        // millisecond after its stored time: run that far past the end so it fires as it did live.
        scheduler.AdvanceTo(origin + end + TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond / 2));
        return new ReplayResult(events, summaries, session.LastSnapshot, end);
    }

    /// <summary>
    /// How far out of time order a streamed record may come and still play at its own time: sensor
    /// threads writing to one trace put records a few milliseconds out of order. A record later than
    /// this plays when it is read.
    /// </summary>
    public static readonly TimeSpan ReorderWindow = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Hands each record over at its trace time without queueing the whole trace on the scheduler:
    /// a queue of every record (18,000 for an hour) made each timer the engine sets cost a walk
    /// through a large heap. Order is as if every record had been queued before anything else:
    /// the clock runs everything due before a record's time, stops at that time, and the records of
    /// that instant (notifications before commands) go first; timers due at the same instant follow.
    /// Returns the time of the latest record (of any type): how long the session ran.
    /// </summary>
    private static TimeSpan Deliver(IEnumerable<TraceRecord> records, HistoricalScheduler scheduler, DateTimeOffset origin,
        IObserver<Notification> notifications, IObserver<CoachCommand> commands)
    {
        var latest = TimeSpan.Zero;
        var seen = records.Select(r => { if (r.T > latest) latest = r.T; return r; });
        foreach (var record in InPlayOrder(seen, ReorderWindow)) Play(record, scheduler, origin, notifications, commands);
        notifications.OnCompleted();
        commands.OnCompleted();
        return latest;
    }

    /// <summary>As <see cref="Deliver(IEnumerable{TraceRecord}, HistoricalScheduler, DateTimeOffset, IObserver{Notification}, IObserver{CoachCommand})"/>, from the stream's re-used records.</summary>
    private static TimeSpan Deliver(TraceStream trace, HistoricalScheduler scheduler, DateTimeOffset origin,
        IObserver<Notification> notifications, IObserver<CoachCommand> commands)
    {
        var latest = TimeSpan.Zero;
        var held = new HeldRecords();
        while (trace.ReadNext(out var record))
        {
            if (record.T > latest) latest = record.T;
            if (record.Kind is not (RawKind.Notify or RawKind.Command)) continue;
            held.Add(record);
            while (held.TryTakeBefore(latest - ReorderWindow, out var slot)) PlayHeld(held, slot, scheduler, origin, notifications, commands);
        }
        while (held.TryTakeBefore(TimeSpan.MaxValue, out var slot)) PlayHeld(held, slot, scheduler, origin, notifications, commands);
        notifications.OnCompleted();
        commands.OnCompleted();
        return latest;
    }

    private static void PlayHeld(HeldRecords held, int slot, HistoricalScheduler scheduler, DateTimeOffset origin,
        IObserver<Notification> notifications, IObserver<CoachCommand> commands)
    {
        WaitFor(held.TimeOf(slot), scheduler, origin);
        // The payload stays in its slot until the engine has decoded it: the slot is freed after.
        if (held.IsCommand(slot)) commands.OnNext(held.CommandOf(slot));
        else notifications.OnNext(held.NotificationOf(slot));
        held.Free(slot);
    }

    /// <summary>
    /// The notifications and commands of <paramref name="records"/> in the order they play: by time,
    /// notifications before commands at one instant, else file order — the order a stable sort of
    /// the whole trace gives, while holding only the records within <paramref name="window"/> of the
    /// latest one read.
    /// </summary>
    public static IEnumerable<TraceRecord> InPlayOrder(IEnumerable<TraceRecord> records, TimeSpan window)
    {
        var held = new PriorityQueue<TraceRecord, (TimeSpan T, int Kind, long Seq)>();
        var latest = TimeSpan.MinValue;
        long seq = 0;
        foreach (var record in records)
        {
            if (record.T > latest) latest = record.T;
            var kind = record switch { NotifyRecord => 0, CommandRecord => 1, _ => -1 };
            if (kind < 0) continue;
            held.Enqueue(record, (record.T, kind, seq++));
            while (held.TryPeek(out _, out var key) && key.T < latest - window) yield return held.Dequeue();
        }
        while (held.TryDequeue(out var record, out _)) yield return record;
    }

    private static void Play(TraceRecord record, HistoricalScheduler scheduler, DateTimeOffset origin,
        IObserver<Notification> notifications, IObserver<CoachCommand> commands)
    {
        WaitFor(record.T, scheduler, origin);
        if (record is NotifyRecord n) notifications.OnNext(n.ToNotification());
        else if (record is CommandRecord c) commands.OnNext(c.Command);
    }

    /// <summary>Runs everything due before <paramref name="t"/> and stops the clock at it, so the record goes first at its instant.</summary>
    private static void WaitFor(TimeSpan t, HistoricalScheduler scheduler, DateTimeOffset origin)
    {
        var due = origin + t;
        if (due > scheduler.Now)
        {
            scheduler.AdvanceTo(due - TimeSpan.FromTicks(1));
            scheduler.Sleep(due - scheduler.Now);
        }
    }
}
