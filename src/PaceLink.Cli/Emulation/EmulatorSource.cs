using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Sessions;

namespace PaceLink.Cli.Emulation;

/// <summary>
/// The simulated runner as the emulator's own session sees it, with every payload of the emulated
/// characteristic also handed to <paramref name="send"/> (the radio). The runner hears the
/// emulator's own coaching, so it warms up, goes, runs and rests like a person on the plan.
/// </summary>
internal sealed class EmulatorSource(SimulatedSensorSource inner, ushort characteristic, Action<Notification> send) : INotificationSource, ICoachingSink
{
    public string Name => inner.Name;

    public IReadOnlyList<SensorInfo> Sensors => inner.Sensors;

    public IObservable<Notification> Notifications =>
        inner.Notifications.Do(n => { if (n.Characteristic == characteristic) send(n); });

    public void OnStarted(SessionStart start) => inner.OnStarted(start);

    public void OnEvent(CoachingEvent cue) => inner.OnEvent(cue);
}
