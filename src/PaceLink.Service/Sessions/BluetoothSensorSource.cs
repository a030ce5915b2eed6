using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The paired Bluetooth sensors as a live session's notification source. Radio callbacks arrive
/// on transport threads; they are moved onto the session's scheduler here, as the session requires.
/// Reconnects wait on real time (<see cref="Scheduler.Default"/>), not on the session's clock.
/// </summary>
public sealed class BluetoothSensorSource(PairedSensorSource paired, IScheduler session) : INotificationSource, IAsyncDisposable
{
    public string Name => "Bluetooth sensors";

    public IReadOnlyList<SensorInfo> Sensors => paired.Sensors;

    public IObservable<Notification> Notifications => paired.Notifications.ObserveOn(session);

    /// <summary>Connected / lost, as the trace records them.</summary>
    public IObservable<SensorLinkChange> LinkChanges =>
        paired.Changes
            .Select(c => new SensorLinkChange(c.Sensor, c.Status == LinkStatus.Connected ? LinkState.Connected : LinkState.Disconnected))
            .ObserveOn(session);

    /// <summary>The full changes, with reasons, battery and location, for logs and displays.</summary>
    public IObservable<LinkChange> Changes => paired.Changes;

    /// <summary>
    /// Opens the user's paired sensors for a session on <paramref name="clock"/>. Throws a
    /// <see cref="Bluetooth.Abstractions.BluetoothException"/> whose message tells the user what to do
    /// (no adapter: try `pacelink run --simulate`), or a <see cref="SensorStoreException"/>.
    /// </summary>
    public static async Task<BluetoothSensorSource> OpenAsync(SessionClock clock, SensorStore? store = null, BlueZOptions? blueZ = null,
        SensorLinkOptions? options = null, CancellationToken cancellationToken = default)
    {
        var paired = await PairedSensorSource.OpenAsync(() => clock.Elapsed, Scheduler.Default, store, blueZ, options, cancellationToken).ConfigureAwait(false);
        return new BluetoothSensorSource(paired, clock);
    }

    public ValueTask DisposeAsync() => paired.DisposeAsync();
}
