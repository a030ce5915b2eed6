using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>
/// The paired sensors as a live session's source: one self-healing link per sensor, merged, moved
/// from the radio's threads onto the session's scheduler and stamped there, once, with session
/// time. Subscribe to <see cref="LinkChanges"/> first; subscribing to <see cref="Notifications"/>
/// (or <see cref="Connect"/>) starts the connections.
/// </summary>
public sealed class PairedSensorSource : INotificationSource, IAsyncDisposable
{
    private readonly IBluetooth _bluetooth;
    private readonly bool _ownsBluetooth;
    private readonly IConnectableObservable<(SensorInfo Sensor, SensorEvent Event)> _events;
    private readonly Lock _gate = new();
    private IDisposable? _running;
    private bool _disposed;

    /// <summary>Links to <paramref name="sensors"/> over an already open backend (which the source does not dispose).</summary>
    /// <param name="session">
    /// Where notifications and link changes are delivered: the session's scheduler. Null delivers them
    /// on the radio's threads, one at a time (the relay, which has no session).
    /// </param>
    /// <param name="sessionTime">Session time now, read on <paramref name="session"/> as each one is delivered.</param>
    /// <param name="options">Backoff settings; defaults when null.</param>
    /// <param name="waits">Where backoff and discovery waits run: real time (<see cref="Scheduler.Default"/>) unless a test moves it.</param>
    public PairedSensorSource(IBluetooth bluetooth, IReadOnlyList<SensorInfo> sensors, IScheduler? session, Func<TimeSpan> sessionTime,
        SensorLinkOptions? options = null, IScheduler? waits = null)
        : this(bluetooth, false, sensors, session, sessionTime, options, waits)
    {
    }

    private PairedSensorSource(IBluetooth bluetooth, bool ownsBluetooth, IReadOnlyList<SensorInfo> sensors, IScheduler? session, Func<TimeSpan> sessionTime,
        SensorLinkOptions? options, IScheduler? waits)
    {
        _bluetooth = bluetooth;
        _ownsBluetooth = ownsBluetooth;
        Sensors = sensors;
        var merged = sensors.Select(s => SensorLink.Observe(bluetooth, s, waits ?? Scheduler.Default, options).Select(e => (s, e))).Merge();
        _events = (session is null ? merged.Synchronize() : merged.ObserveOn(session)).Publish();
        var notifications = _events
            .Where(x => x.Event is SensorEvent.Measured)
            .Select(x => x.Event is SensorEvent.Measured m ? new Notification(sessionTime(), x.Sensor.Id, m.Characteristic, m.Payload) : default);
        Notifications = Observable.Create<Notification>(observer =>
        {
            var subscription = notifications.Subscribe(observer);
            Connect();
            return subscription;
        });
        LinkChanges = _events
            .Where(x => x.Event is SensorEvent.Changed)
            .Select(x => x.Event is SensorEvent.Changed c ? new LinkChange(sessionTime(), x.Sensor.Id, c.Status, c.Reason, c.BatteryPercent, c.Location) : null!);
    }

    /// <summary>The paired sensors, as a trace header lists them.</summary>
    public IReadOnlyList<SensorInfo> Sensors { get; }

    /// <summary>Raw notifications of every sensor across reconnects, stamped with session time on delivery.</summary>
    public IObservable<Notification> Notifications { get; }

    /// <summary>Every sensor's link changes (connected with battery and location, lost, failed), stamped as notifications are.</summary>
    public IObservable<LinkChange> LinkChanges { get; }

    /// <summary>
    /// Starts connecting before anyone takes the notifications, to wait for the sensors before a
    /// workout starts; notifications that arrive with nobody subscribed are not kept.
    /// </summary>
    public void Connect()
    {
        lock (_gate)
        {
            if (!_disposed) _running ??= _events.Connect();
        }
    }

    /// <summary>
    /// Opens the platform's Bluetooth and links to the sensors in <paramref name="store"/> (the user's
    /// file by default). Throws <see cref="BluetoothException"/> with a sentence for the user when there
    /// are no paired sensors, no adapter, the adapter is off, or the system refuses access.
    /// </summary>
    public static async Task<PairedSensorSource> OpenAsync(IScheduler? session, Func<TimeSpan> sessionTime, SensorStore? store = null,
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
        return new PairedSensorSource(bluetooth, true, sensors, session, sessionTime, options, null);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
            _running?.Dispose();
        }
        if (_ownsBluetooth) await _bluetooth.DisposeAsync().ConfigureAwait(false);
    }
}
