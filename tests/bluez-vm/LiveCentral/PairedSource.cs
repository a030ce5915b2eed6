using System.Reactive.Linq;
using System.Reactive.Subjects;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Service.Sessions;

namespace PaceLink.BlueZLane.LiveCentral;

/// <summary>
/// The paired sensors as a live session's notification source. <see cref="Connect"/> starts the
/// links before the session, so the workout can begin once every sensor is connected, as a runner
/// waits for the watch to find the pod before pressing start. Each notification is posted onto the
/// session clock; those arriving before the session starts are not coached.
/// </summary>
internal sealed class PairedSource(PairedSensorSource paired) : INotificationSource, IDisposable
{
    /// <summary>The session's clock, set when the workout starts.</summary>
    public SessionClock? Clock { get; set; }

    private readonly Subject<Notification> _arrivals = new();
    private IDisposable? _links;

    public IReadOnlyList<SensorInfo> Sensors => paired.Sensors;

    public IObservable<Notification> Notifications => Observable.Create<Notification>(observer =>
        _arrivals.Subscribe(n => Clock?.Post(() => observer.OnNext(n))));

    public IObservable<SensorLinkChange> LinkChanges =>
        paired.Changes.Select(c => new SensorLinkChange(c.Sensor, c.Status == LinkStatus.Connected ? LinkState.Connected : LinkState.Disconnected));

    public void Connect() => _links ??= paired.Notifications.Subscribe(_arrivals);

    public void Dispose() => _links?.Dispose();
}
