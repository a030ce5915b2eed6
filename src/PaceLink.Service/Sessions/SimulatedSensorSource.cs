using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The simulated runner and sensors as a live session sees them: a notification source, and a
/// sink through which the runner hears the cues (so it stops, goes and rests like a person).
/// </summary>
public sealed class SimulatedSensorSource(SimulatedRun run) : INotificationSource, ICoachingSink
{
    /// <summary>The runner and sensors, with the truth to check against.</summary>
    public SimulatedRun Run { get; } = run;

    public string Name => "simulated runner";

    public IReadOnlyList<SensorInfo> Sensors => Run.Sensors;

    public IObservable<Notification> Notifications => Run.Notifications;

    public void OnStarted(SessionStart start) => Run.Runner.Follow(start.Plan);

    public void OnEvent(CoachingEvent cue) => Run.Hear(cue);
}
