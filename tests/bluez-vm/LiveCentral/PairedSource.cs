using System.Reactive.Linq;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Service.Sessions;

namespace PaceLink.BlueZLane.LiveCentral;

/// <summary>The paired sensors as a live session's notification source: every notification is posted onto the session clock.</summary>
internal sealed class PairedSource(PairedSensorSource paired, SessionClock clock) : INotificationSource
{
    public IReadOnlyList<SensorInfo> Sensors => paired.Sensors;

    public IObservable<Notification> Notifications => Observable.Create<Notification>(observer =>
        paired.Notifications.Subscribe(
            n => clock.Post(() => observer.OnNext(n)),
            e => clock.Post(() => observer.OnError(e)),
            () => clock.Post(observer.OnCompleted)));

    public IObservable<SensorLinkChange> LinkChanges =>
        paired.Changes.Select(c => new SensorLinkChange(c.Sensor, c.Status == LinkStatus.Connected ? LinkState.Connected : LinkState.Disconnected));
}
