using PaceLink.Core.Coaching;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Alerts;

/// <summary>
/// An edge that tells the runner about coaching events (speech, webhook, …). <see cref="Publish"/>
/// is called on the pipeline's thread, so it must only hand the event over and return at once;
/// the slow work happens on the sink's own queue.
/// </summary>
public interface ICoachingSink : IAsyncDisposable
{
    /// <summary>Short name used in logs ("speech", "webhook").</summary>
    string Name { get; }

    void Publish(CoachingEvent coachingEvent);

    /// <summary>A new session starts with this plan (a sink may word its cues from it).</summary>
    void SessionStarted(WorkoutPlan plan)
    {
    }
}
