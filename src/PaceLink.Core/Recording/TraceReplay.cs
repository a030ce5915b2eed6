using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
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
        using var running = session.Start(Notifications(trace, scheduler, origin), Commands(trace, scheduler, origin));
        var end = trace.Duration;
        // Events are stored to the millisecond, so the last one (usually "done") can lie up to half a
        // millisecond after its stored time: run that far past the end so it fires as it did live.
        scheduler.AdvanceTo(origin + end + TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond / 2));
        return new ReplayResult(events, summaries, final, end);
    }

    /// <summary>The trace's notifications, each delivered at origin + its time on <paramref name="scheduler"/>.</summary>
    public static IObservable<Notification> Notifications(TraceContents trace, IScheduler scheduler, DateTimeOffset origin) =>
        AtTraceTimes(trace.Records.OfType<NotifyRecord>(), r => r.T, r => r.ToNotification(), scheduler, origin);

    /// <summary>The trace's commands, each delivered at origin + its time on <paramref name="scheduler"/>.</summary>
    public static IObservable<CoachCommand> Commands(TraceContents trace, IScheduler scheduler, DateTimeOffset origin) =>
        AtTraceTimes(trace.Records.OfType<CommandRecord>(), r => r.T, r => r.Command, scheduler, origin);

    private static IObservable<TOut> AtTraceTimes<TIn, TOut>(
        IEnumerable<TIn> records, Func<TIn, TimeSpan> time, Func<TIn, TOut> value, IScheduler scheduler, DateTimeOffset origin) =>
        Observable.Create<TOut>(observer =>
        {
            var scheduled = new CompositeDisposable();
            var last = TimeSpan.Zero;
            // Stable sort: records written out of order (several sensor threads) still play in time order.
            foreach (var record in records.OrderBy(time))
            {
                var item = value(record);
                last = time(record);
                scheduled.Add(scheduler.Schedule(origin + last, () => observer.OnNext(item)));
            }
            scheduled.Add(scheduler.Schedule(origin + last, observer.OnCompleted));
            return scheduled;
        });
}
