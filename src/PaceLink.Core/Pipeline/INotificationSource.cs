using System.Reactive.Linq;

namespace PaceLink.Core.Pipeline;

/// <summary>
/// Where a live session's raw notifications come from: the simulator, BlueZ, WinRT. Whatever the
/// transport, the source delivers on the session's scheduler and stamps each notification and
/// link change there, once, with the session time at which it is delivered: that is the instant
/// the engine sees it, so the trace that records these times replays to the same events. The
/// session does not stamp again.
/// </summary>
public interface INotificationSource
{
    /// <summary>The sensors taking part, as the trace header lists them.</summary>
    IReadOnlyList<SensorInfo> Sensors { get; }

    /// <summary>Raw GATT notifications. Subscribed once, when the session starts.</summary>
    IObservable<Notification> Notifications { get; }

    /// <summary>Link ups and downs, recorded in the trace; subscribed before <see cref="Notifications"/>. Sources without links keep the default.</summary>
    IObservable<LinkChange> LinkChanges => Observable.Never<LinkChange>();
}
