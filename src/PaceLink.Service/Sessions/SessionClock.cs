using System.Reactive.Concurrency;
using System.Reactive.Disposables;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The virtual time a live session runs on: a <see cref="HistoricalScheduler"/> that only moves
/// when something advances it (a <see cref="WallClockPacer"/> in a live run, a test directly).
/// Because the engine, the simulator and the recorder all see this one clock, a live run is
/// deterministic and its trace replays to exactly the same events.
/// </summary>
/// <remarks>
/// Scheduling and advancing are serialised by one lock, so commands and notifications posted
/// from other threads (Ctrl+C, a web request, a radio callback) land on the virtual timeline
/// at the current instant without racing the work the clock is running.
/// </remarks>
public sealed class SessionClock : IScheduler, IServiceProvider
{
    private readonly Timeline _virtual;
    private readonly Lock _gate = new();
    private TaskCompletionSource _queued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates a clock whose session time zero is <paramref name="start"/>.</summary>
    public SessionClock(DateTimeOffset start)
    {
        Start = start;
        _virtual = new Timeline(start);
    }

    /// <summary>The wall-clock instant the session started (time zero).</summary>
    public DateTimeOffset Start { get; }

    /// <inheritdoc />
    public DateTimeOffset Now => _virtual.Now;

    /// <summary>Session time: how far the clock has moved since the start.</summary>
    public TimeSpan Elapsed => _virtual.Now - Start;

    /// <summary>Session time of the earliest work queued on the clock; null when nothing is queued.</summary>
    public TimeSpan? NextDue
    {
        get
        {
            lock (_gate) return _virtual.NextDue is { } due ? due - Start : null;
        }
    }

    /// <summary>
    /// Completes the next time work is queued (from any thread), so a pacer sleeping until
    /// <see cref="NextDue"/> wakes for work that arrives earlier. Take it before reading <see cref="NextDue"/>.
    /// </summary>
    public Task NextQueued()
    {
        lock (_gate)
        {
            if (_queued.Task.IsCompleted) _queued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _queued.Task;
        }
    }

    /// <summary>
    /// Runs everything due up to session time <paramref name="elapsed"/>; an earlier or equal time
    /// moves nothing but still runs the work due now (a command posted since the last advance).
    /// </summary>
    public void AdvanceTo(TimeSpan elapsed)
    {
        lock (_gate)
        {
            if (Start + elapsed > _virtual.Now) _virtual.AdvanceTo(Start + elapsed);
            else _virtual.RunDue();
        }
    }

    /// <summary>
    /// Queues <paramref name="action"/> on the virtual timeline at the current instant, from any
    /// thread; it runs, stamped with that instant, on the next advance.
    /// </summary>
    public void Post(Action action)
    {
        lock (_gate)
        {
            _virtual.Schedule(action);
            _queued.TrySetResult();
        }
    }

    /// <inheritdoc />
    public IDisposable Schedule<TState>(TState state, Func<IScheduler, TState, IDisposable> action)
    {
        lock (_gate) return Queued(_virtual.Schedule(state, Forward(action)));
    }

    /// <inheritdoc />
    public IDisposable Schedule<TState>(TState state, TimeSpan dueTime, Func<IScheduler, TState, IDisposable> action)
    {
        lock (_gate) return Queued(_virtual.Schedule(state, dueTime, Forward(action)));
    }

    /// <inheritdoc />
    public IDisposable Schedule<TState>(TState state, DateTimeOffset dueTime, Func<IScheduler, TState, IDisposable> action)
    {
        lock (_gate) return Queued(_virtual.Schedule(state, dueTime, Forward(action)));
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType) => serviceType == typeof(IStopwatchProvider)
        ? ((IServiceProvider)_virtual).GetService(serviceType)
        : null;

    // Recursive scheduling inside an action must come back through this clock (and its lock).
    private Func<IScheduler, TState, IDisposable> Forward<TState>(Func<IScheduler, TState, IDisposable> action) =>
        (_, s) => action(this, s);

    private IDisposable Queued(IDisposable inner)
    {
        _queued.TrySetResult();
        return Wrap(inner);
    }

    private IDisposable Wrap(IDisposable inner) => Disposable.Create(() =>
    {
        lock (_gate) inner.Dispose();
    });
}

/// <summary>A historical scheduler that tells when its next work is due.</summary>
internal sealed class Timeline(DateTimeOffset start) : HistoricalScheduler(start)
{
    public DateTimeOffset? NextDue => GetNext()?.DueTime;

    /// <summary>
    /// Runs the work due at or before now. The scheduler's own AdvanceTo returns at once for the
    /// current instant, so work posted at it would wait for time to move: a pacer on a wall clock
    /// that stands still (a test's fake one) would spin waiting for that.
    /// </summary>
    public void RunDue()
    {
        while (GetNext() is { } next && next.DueTime <= Now) next.Invoke();
    }
}
