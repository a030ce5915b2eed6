using System.Reactive.Concurrency;
using PaceLink.Service.Sessions;

namespace PaceLink.BlueZLane.LiveCentral;

/// <summary>
/// Where the paired sensors deliver: the session's clock once the workout has started; before
/// that (the links connecting, as a runner waits for the watch to find the pod before pressing
/// start) at once, on the radio's thread. Notifications are only taken once the session runs, so
/// only link changes arrive before it; they are stamped session time zero.
/// </summary>
internal sealed class StartingClock : IScheduler
{
    private SessionClock? _session;

    /// <summary>The session's clock, set when the workout starts: session time zero is then.</summary>
    public SessionClock? Session
    {
        get => Volatile.Read(ref _session);
        set => Volatile.Write(ref _session, value);
    }

    public TimeSpan Elapsed => Session?.Elapsed ?? TimeSpan.Zero;

    public DateTimeOffset Now => Session?.Now ?? DateTimeOffset.UtcNow;

    public IDisposable Schedule<TState>(TState state, Func<IScheduler, TState, IDisposable> action) =>
        Session is { } clock ? clock.Schedule(state, action) : ImmediateScheduler.Instance.Schedule(state, action);

    public IDisposable Schedule<TState>(TState state, TimeSpan dueTime, Func<IScheduler, TState, IDisposable> action) =>
        Session is { } clock ? clock.Schedule(state, dueTime, action) : ImmediateScheduler.Instance.Schedule(state, dueTime, action);

    public IDisposable Schedule<TState>(TState state, DateTimeOffset dueTime, Func<IScheduler, TState, IDisposable> action) =>
        Session is { } clock ? clock.Schedule(state, dueTime, action) : ImmediateScheduler.Instance.Schedule(state, dueTime, action);
}
