using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Something that hears the coaching as it happens: the terminal view, speech, the web dashboard,
/// a webhook, the simulated runner. Called on the session's scheduler, in order; a sink that
/// throws is logged and skipped for that call, never stopping the others or the engine.
/// Sinks that do slow work (speech, HTTP) should hand it off and return quickly.
/// </summary>
public interface ICoachingSink
{
    /// <summary>For log lines: "terminal", "speech", "webhook".</summary>
    string Name { get; }

    /// <summary>The session has started: workout, trace path, sensors.</summary>
    void OnStarted(SessionStart start) { }

    /// <summary>A coaching event, at the moment the engine emits it.</summary>
    void OnEvent(CoachingEvent cue);

    /// <summary>
    /// A phase has ended, with the engine's own numbers for it (heart rate average and maximum,
    /// distance, time). For a rep it follows that rep's <see cref="RepCompleted"/> at the same
    /// instant; sinks show these numbers instead of working them out again.
    /// </summary>
    void OnPhaseEnded(PhaseSummary summary) { }

    /// <summary>Live state for displays (after every input and once a second).</summary>
    void OnSnapshot(CoachingSnapshot snapshot) { }

    /// <summary>The session is over and the trace is closed.</summary>
    void OnEnded(SessionSummary summary) { }
}
