using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Tests.Support;

/// <summary>A session the test drives by hand: it plays events and snapshots into the sinks and records commands.</summary>
public sealed class FakeSession(SessionRequest request, IReadOnlyList<ICoachingSink> sinks, string folder) : IRunningSession
{
    private readonly TaskCompletionSource<SessionSummary> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<CoachCommand> _commands = [];

    public SessionRequest Request { get; } = request;
    public string Id => "fake-session";
    public string? TracePath { get; } = Path.Combine(folder, "fake-session.jsonl");
    public Task<SessionSummary> Completion => _done.Task;
    public IReadOnlyList<CoachCommand> Commands { get { lock (_commands) return [.. _commands]; } }

    public void Start()
    {
        var plan = Request.Settings.ToPlan();
        foreach (var s in sinks) s.OnStarted(new SessionStart(DateTimeOffset.UnixEpoch, plan, Request.Settings, TracePath, []));
    }

    public void Emit(CoachingEvent e)
    {
        foreach (var s in sinks) s.OnEvent(e);
    }

    public void Show(CoachingSnapshot snapshot)
    {
        foreach (var s in sinks) s.OnSnapshot(snapshot);
    }

    public void Send(CoachCommand command)
    {
        lock (_commands) _commands.Add(command);
    }

    public Task StopAsync()
    {
        Send(CoachCommand.Stop);
        var summary = new SessionSummary { TracePath = TracePath, Completed = false };
        foreach (var s in sinks) s.OnEnded(summary);
        _done.TrySetResult(summary);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _done.TrySetResult(new SessionSummary());
        return ValueTask.CompletedTask;
    }
}

/// <summary>Hands out <see cref="FakeSession"/>s and remembers the last one.</summary>
public sealed class FakeStarter(string folder) : ISessionStarter
{
    public FakeSession? Last { get; private set; }

    public Task<IRunningSession> StartAsync(SessionRequest request, IReadOnlyList<ICoachingSink> sinks, CancellationToken cancellationToken)
    {
        var session = Last = new FakeSession(request, sinks, folder);
        session.Start();
        return Task.FromResult<IRunningSession>(session);
    }
}
