using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Where a live session's raw notifications come from: the simulator, BlueZ, WinRT. Whatever the
/// transport, notifications must be delivered on the session's scheduler (a radio callback posts
/// them with <see cref="SessionClock.Post"/>), because the session stamps each one with the
/// scheduler's time when it hands it to the engine.
/// </summary>
public interface INotificationSource
{
    /// <summary>The sensors taking part, as the trace header lists them.</summary>
    IReadOnlyList<SensorInfo> Sensors { get; }

    /// <summary>Raw GATT notifications. Subscribed once, when the session starts.</summary>
    IObservable<Notification> Notifications { get; }

    /// <summary>Link ups and downs, recorded in the trace. Sources without them keep the default.</summary>
    IObservable<SensorLinkChange> LinkChanges => System.Reactive.Linq.Observable.Never<SensorLinkChange>();
}

/// <summary>A sensor's link came up or went down.</summary>
public readonly record struct SensorLinkChange(string Sensor, LinkState State);
