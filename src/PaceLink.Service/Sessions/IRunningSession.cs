using PaceLink.Core.Pipeline;

namespace PaceLink.Service.Sessions;

/// <summary>A session the service is running: how to steer it and how to know it ended. What it says goes to its sinks.</summary>
public interface IRunningSession : IAsyncDisposable
{
    /// <summary>Short id used in logs and the API (the trace file's stem).</summary>
    string Id { get; }

    /// <summary>The trace being recorded, when there is one.</summary>
    string? TracePath { get; }

    /// <summary>Completes with the summary once the workout is done or the session was stopped.</summary>
    Task<SessionSummary> Completion { get; }

    /// <summary>Lap, pause, resume or stop, as the runner would press them.</summary>
    void Send(CoachCommand command);

    /// <summary>Ends the session cleanly: stop recorded, trace flushed, summary produced.</summary>
    Task StopAsync();
}

/// <summary>Starts sessions; the service's one way to turn a request into a running session.</summary>
public interface ISessionStarter
{
    /// <summary>Starts a session that reports to <paramref name="sinks"/>; throws <see cref="SessionRequestException"/> with a sentence for the user.</summary>
    Task<IRunningSession> StartAsync(SessionRequest request, IReadOnlyList<ICoachingSink> sinks, CancellationToken cancellationToken);
}

/// <summary>
/// A session cannot start: the request is wrong (no paired sensors, no adapter …) or, with
/// <paramref name="conflict"/>, one is already running. The message is shown as is.
/// </summary>
internal sealed class SessionRequestException(string message, bool conflict = false) : Exception(message)
{
    public bool Conflict { get; } = conflict;
}
