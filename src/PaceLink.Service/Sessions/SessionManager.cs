using Microsoft.Extensions.Logging;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Alerts;
using PaceLink.Service.Api;

namespace PaceLink.Service.Sessions;

/// <summary>Where the service is: no session yet, running, paused, or finished.</summary>
public enum SessionState { Idle, Running, Paused, Finished }

/// <summary>
/// The service's one session at a time: starts it with the log, the archive, the live board and
/// the alert sinks, forwards commands, and stops it cleanly when asked or when the host stops.
/// </summary>
public sealed class SessionManager(ISessionStarter starter, AlertSinks alerts, LiveBoard board, SessionLogSink sessionLog, SessionArchiveSink archive, ILogger<SessionManager> log) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _startStop = new(1, 1);
    private IRunningSession? _session;
    private bool _paused;

    /// <summary>What dashboards see: the latest state, the rep table and the live feed.</summary>
    public LiveBoard Board => board;

    public IReadOnlyList<string> SinkNames => [board.Name, .. alerts.Names];

    public IRunningSession? Current { get { lock (_gate) return _session; } }

    public SessionState State
    {
        get
        {
            lock (_gate)
            {
                if (_session is null) return SessionState.Idle;
                if (_session.Completion.IsCompleted) return SessionState.Finished;
                return _paused ? SessionState.Paused : SessionState.Running;
            }
        }
    }

    /// <summary>Starts a session; throws <see cref="SessionRequestException"/> when one is already running or the request is wrong.</summary>
    public async Task<IRunningSession> StartAsync(SessionRequest request, CancellationToken cancellationToken)
    {
        await _startStop.WaitAsync(cancellationToken);
        try
        {
            if (State is SessionState.Running or SessionState.Paused)
                throw new SessionRequestException("a session is already running; stop it first (pacelink stop)", conflict: true);
            if (Current is { } previous) await previous.DisposeAsync();
            board.Reset();
            // The archive before the board: a dashboard told "finished" finds the session in the history.
            var session = await starter.StartAsync(request, [sessionLog, archive, board, .. alerts.All], cancellationToken);
            lock (_gate)
            {
                _session = session;
                _paused = false;
            }
            log.LogInformation("Session {Session} started ({Mode}), trace {Trace}", session.Id, request.Simulate ? "simulated" : "paired sensors", session.TracePath);
            board.Starting(session.Id, session.TracePath);
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
            session = _session is { Completion.IsCompleted: false } s ? s : null;
            if (session is null) return false;
            if (command == CoachCommand.Pause) _paused = true;
            if (command == CoachCommand.Resume) _paused = false;
        }
        log.LogInformation("Session {Session}: {Command}", session.Id, command);
        session.Send(command);
        board.PublishStatus();
        return true;
    }

    /// <summary>Ends the running session cleanly (trace flushed, summary written). Nothing happens when none runs.</summary>
    public async Task StopAsync()
    {
        await _startStop.WaitAsync();
        try
        {
            if (Current is not { Completion.IsCompleted: false } session) return;
            log.LogInformation("Session {Session}: stopping", session.Id);
            await session.StopAsync();
            board.PublishStatus();
        }
        finally
        {
            _startStop.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Current is { } s) await s.DisposeAsync();
    }
}
