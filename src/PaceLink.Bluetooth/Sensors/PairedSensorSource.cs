using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>
/// The live notification source of `pacelink run`: one self-healing link per paired sensor,
/// merged. Subscribe to <see cref="Changes"/> first; subscribing to <see cref="Notifications"/>
/// starts the connections.
/// </summary>
public sealed class PairedSensorSource : IAsyncDisposable
{
    private readonly IBluetooth _bluetooth;
    private readonly bool _ownsBluetooth;
    private readonly IReadOnlyList<SensorConnection> _links;

    /// <summary>Links to <paramref name="sensors"/> over an already open backend (which the source does not dispose).</summary>
    public PairedSensorSource(IBluetooth bluetooth, IReadOnlyList<SensorInfo> sensors, Func<TimeSpan> clock, IScheduler scheduler, SensorLinkOptions? options = null)
        : this(bluetooth, false, sensors, clock, scheduler, options)
    {
    }

    private PairedSensorSource(IBluetooth bluetooth, bool ownsBluetooth, IReadOnlyList<SensorInfo> sensors, Func<TimeSpan> clock, IScheduler scheduler, SensorLinkOptions? options)
    {
        _bluetooth = bluetooth;
        _ownsBluetooth = ownsBluetooth;
        Sensors = sensors;
        _links = sensors.Select(s => new SensorConnection(bluetooth, s, clock, scheduler, options)).ToArray();
        var merged = _links.Select(l => l.Notifications).Merge();
        Notifications = Observable.Create<Notification>(observer =>
        {
            var subscription = merged.Subscribe(observer);
            foreach (var link in _links) link.Start();
            return subscription;
        });
        Changes = _links.Select(l => l.Changes).Merge();
    }

    /// <summary>The paired sensors, as a trace header lists them.</summary>
    public IReadOnlyList<SensorInfo> Sensors { get; }

    /// <summary>Raw notifications of every sensor, stamped by the clock given at opening, across reconnects.</summary>
    public IObservable<Notification> Notifications { get; }

    /// <summary>Every sensor's link changes (connected with battery and location, lost, failed).</summary>
    public IObservable<LinkChange> Changes { get; }

    /// <summary>
    /// Opens the platform's Bluetooth and links to the sensors in <paramref name="store"/> (the user's
    /// file by default). Throws <see cref="BluetoothException"/> with a sentence for the user when there
    /// are no paired sensors, no adapter, the adapter is off,
    /// or the system refuses access.
    /// </summary>
    public static async Task<PairedSensorSource> OpenAsync(Func<TimeSpan> clock, IScheduler scheduler, SensorStore? store = null,
        BlueZOptions? blueZ = null, SensorLinkOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sensors = (store ?? SensorStore.ForUser()).Load();
        if (sensors.Count == 0)
            throw new NoSensorsPairedException("No sensors are paired.");
        var bluetooth = await BluetoothPlatform.OpenAsync(blueZ, cancellationToken).ConfigureAwait(false);
        try
        {
            await bluetooth.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await bluetooth.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new PairedSensorSource(bluetooth, true, sensors, clock, scheduler, options);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var link in _links) link.Dispose();
        if (_ownsBluetooth) await _bluetooth.DisposeAsync().ConfigureAwait(false);
    }
}
