using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;

namespace PaceLink.Service.Sessions;

/// <summary>A coaching session the service is running: its events, its live snapshots, and its controls.</summary>
public interface IRunningSession : IAsyncDisposable
{
    /// <summary>Short id used in logs and the API (the trace file's stem).</summary>
    string Id { get; }

    /// <summary>The trace being recorded, when there is one.</summary>
    string? TracePath { get; }

    /// <summary>Coaching events as the engine emits them.</summary>
    IObservable<CoachingEvent> Events { get; }

    /// <summary>The runner's current state, after every input and at least once a second.</summary>
    IObservable<CoachingSnapshot> Snapshots { get; }

    /// <summary>One summary per finished phase (heart rate per rep).</summary>
    IObservable<PhaseSummary> Summaries { get; }

    /// <summary>The steps being coached.</summary>
    Core.Workout.WorkoutPlan Plan { get; }

    /// <summary>Completes when the workout is done or the session was stopped.</summary>
    Task Completion { get; }

    /// <summary>Lap, pause, resume or stop, as the runner would press them.</summary>
    void Send(CoachCommand command);

    /// <summary>Ends the session cleanly: stop recorded, trace flushed, summary written.</summary>
    Task StopAsync();
}

/// <summary>Starts sessions; the service's one way to turn a request into a running session.</summary>
public interface ISessionStarter
{
    /// <summary>Starts a session or throws <see cref="SessionRequestException"/> with a sentence for the user.</summary>
    Task<IRunningSession> StartAsync(SessionRequest request, CancellationToken cancellationToken);
}

/// <summary>A start request the user got wrong (bad pace, no paired sensors …). The message is shown as is.</summary>
public sealed class SessionRequestException(string message) : Exception(message);
