using System.Reactive.Disposables;
using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Alerts;
using PaceLink.Service.Api;

namespace PaceLink.Service.Sessions;

/// <summary>Where the service is: no session yet, running, paused, or finished.</summary>
public enum SessionState { Idle, Running, Paused, Finished }

/// <summary>
/// The service's one session at a time: starts it, forwards commands, and feeds its events to the
/// alert sinks, the rep table and the live dashboards. Stopping the host stops the session cleanly.
/// Snapshots reach dashboards at most <see cref="SnapshotsPerSecond"/> times a (wall) second,
/// so a sped-up simulation does not flood a phone; phase changes always go through.
/// </summary>
public sealed class SessionManager(ISessionStarter starter, SinkFanOut sinks, LiveJson json, TimeProvider time, ILogger<SessionManager> log) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _startStop = new(1, 1);
    private readonly List<RepRow> _reps = [];
    private IRunningSession? _session;
    private IDisposable? _subscriptions;
    private CoachingSnapshot? _latest;
    private long _lastSnapshotSent;
    private SessionState _state = SessionState.Idle;

    public const int SnapshotsPerSecond = 5;

    public LiveFeed Feed { get; } = new();

    public SessionState State { get { lock (_gate) return _state; } }
    public IRunningSession? Current { get { lock (_gate) return _session; } }
    public CoachingSnapshot? Latest { get { lock (_gate) return _latest; } }
    public IReadOnlyList<RepRow> Reps { get { lock (_gate) return [.. _reps]; } }
    public IReadOnlyList<string> SinkNames => [.. sinks.Sinks.Select(s => s.Name)];

    /// <summary>Starts a session; throws <see cref="SessionRequestException"/> when one is already running or the request is wrong.</summary>
    public async Task<IRunningSession> StartAsync(SessionRequest request, CancellationToken cancellationToken)
    {
        await _startStop.WaitAsync(cancellationToken);
        try
        {
            if (State is SessionState.Running or SessionState.Paused)
                throw new SessionRequestException("a session is already running; stop it first (pacelink stop)");
            var session = await starter.StartAsync(request, cancellationToken);
            lock (_gate)
            {
                _reps.Clear();
                _latest = null;
                _session = session;
                _state = SessionState.Running;
            }
            sinks.SessionStarted(session.Plan);
            _subscriptions?.Dispose();
            _subscriptions = new CompositeDisposable(
                session.Summaries.Subscribe(OnSummary, e => log.LogError(e, "Session {Session} summary stream failed", session.Id)),
                session.Events.Subscribe(e => OnEvent(session, e), e => log.LogError(e, "Session {Session} event stream failed", session.Id)),
                session.Snapshots.Subscribe(OnSnapshot, e => log.LogError(e, "Session {Session} snapshot stream failed", session.Id)));
            _ = session.Completion.ContinueWith(_ => OnFinished(session), TaskScheduler.Default);
            log.LogInformation("Session {Session} started ({Mode}), trace {Trace}", session.Id, request.Simulate ? "simulated" : "paired sensors", session.TracePath);
            Feed.Publish(new FeedItem("status", json.Status(this)));
            return session;
        }
        finally
        {
            _startStop.Release();
        }
    }

    /// <summary>Forwards a command; false when no session is running.</summary>
    public bool Send(CoachCommand command)
    {
        IRunningSession? session;
        lock (_gate)
        {
            session = _state is SessionState.Running or SessionState.Paused ? _session : null;
            if (session is null) return false;
            if (command == CoachCommand.Pause) _state = SessionState.Paused;
            if (command == CoachCommand.Resume) _state = SessionState.Running;
        }
        log.LogInformation("Session {Session}: {Command}", session.Id, command);
        session.Send(command);
        Feed.Publish(new FeedItem("status", json.Status(this)));
        return true;
    }

    /// <summary>Ends the running session cleanly (trace flushed, summary written). Nothing happens when none runs.</summary>
    public async Task StopAsync()
    {
        await _startStop.WaitAsync();
        try
        {
            var session = Current;
            if (session is null || State == SessionState.Finished) return;
            await session.StopAsync();
            OnFinished(session);
        }
        finally
        {
            _startStop.Release();
        }
    }

    private void OnEvent(IRunningSession session, CoachingEvent e)
    {
        if (e is RepCompleted done) AddRep(done);
        if (e is PhaseStarted p)
            log.LogInformation("Session {Session}: {Phase} set {Set} rep {Rep}", session.Id, p.Phase.ToJson(), p.Set, p.Rep);
        if (e is SensorLost lost) log.LogWarning("Session {Session}: sensor {Sensor} lost", session.Id, lost.Sensor);
        if (e is SensorRestored back) log.LogInformation("Session {Session}: sensor {Sensor} restored", session.Id, back.Sensor);
        sinks.Publish(e);
        Feed.Publish(new FeedItem("event", json.Event(e)));
        if (e is RepCompleted) Feed.Publish(new FeedItem("reps", json.Reps(Reps)));
    }

    private void AddRep(RepCompleted done)
    {
        lock (_gate)
        {
            var step = _session?.Plan.Steps.FirstOrDefault(s => s.Phase == Phase.Rep && s.Set == done.Set && s.Rep == done.Rep);
            _reps.Add(new RepRow(done.Set, done.Rep, done.SplitSeconds, done.DistanceMetres, step?.TargetSplitSeconds));
        }
    }

    private void OnSummary(PhaseSummary summary)
    {
        if (summary.Phase != Phase.Rep) return;
        lock (_gate)
        {
            var i = _reps.FindLastIndex(r => r.Set == summary.Set && r.Rep == summary.Rep);
            if (i < 0) return;
            _reps[i] = _reps[i] with { AverageHeartRate = summary.AverageHeartRate, MaxHeartRate = summary.MaxHeartRate };
        }
        Feed.Publish(new FeedItem("reps", json.Reps(Reps)));
    }

    private void OnSnapshot(CoachingSnapshot snapshot)
    {
        bool send;
        lock (_gate)
        {
            var phaseChanged = _latest is null || _latest.Phase != snapshot.Phase || _latest.Rep != snapshot.Rep || _latest.Paused != snapshot.Paused;
            _latest = snapshot;
            var now = time.GetTimestamp();
            send = phaseChanged || snapshot.Done || time.GetElapsedTime(_lastSnapshotSent, now) >= TimeSpan.FromSeconds(1.0 / SnapshotsPerSecond);
            if (send) _lastSnapshotSent = now;
        }
        if (send) Feed.Publish(new FeedItem("snapshot", json.Snapshot(snapshot)));
    }

    private void OnFinished(IRunningSession session)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_session, session) || _state == SessionState.Finished) return;
            _state = SessionState.Finished;
        }
        log.LogInformation("Session {Session} finished, trace {Trace}", session.Id, session.TracePath);
        Feed.Publish(new FeedItem("status", json.Status(this)));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _subscriptions?.Dispose();
        if (Current is { } s) await s.DisposeAsync();
    }
}
