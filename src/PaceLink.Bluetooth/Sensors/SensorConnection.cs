using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>
/// A running <see cref="SensorLink"/> split into the two streams a session consumes. Subscribe to
/// <see cref="Notifications"/> and <see cref="Changes"/>, then <see cref="Start"/>; dispose to stop.
/// </summary>
public sealed class SensorConnection : IDisposable
{
    private readonly IConnectableObservable<SensorEvent> _events;
    private IDisposable? _running;

    public SensorConnection(IBluetooth bluetooth, SensorInfo sensor, Func<TimeSpan> clock, IScheduler scheduler, SensorLinkOptions? options = null)
        : this(SensorLink.Observe(bluetooth, sensor, clock, scheduler, options))
    {
        Sensor = sensor;
    }

    private SensorConnection(IObservable<SensorEvent> events)
    {
        _events = events.Publish();
        Notifications = _events.OfType<SensorEvent.Measured>().Select(m => m.Notification);
        Changes = _events.OfType<SensorEvent.Changed>().Select(c => c.Change);
    }

    public SensorInfo? Sensor { get; }

    /// <summary>Raw GATT notifications, across reconnects.</summary>
    public IObservable<Notification> Notifications { get; }

    /// <summary>Connected / lost / failed, with battery and location on each connect.</summary>
    public IObservable<LinkChange> Changes { get; }

    /// <summary>Starts connecting. Subscribe first: nothing is replayed.</summary>
    public void Start() => _running ??= _events.Connect();

    public void Dispose() => _running?.Dispose();
}
