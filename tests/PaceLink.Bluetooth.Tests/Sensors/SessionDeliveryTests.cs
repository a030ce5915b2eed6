using System.Reactive.Concurrency;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Tests.Sensors;

/// <summary>
/// The paired-sensor source hands every notification and link change to the session's scheduler
/// and stamps it there, once, with the session time of its delivery: the instant the engine sees
/// it, which is what the trace must record for a replay to match.
/// </summary>
public sealed class SessionDeliveryTests : IDisposable
{
    private const string Address = "AA:BB:CC:DD:EE:01";
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "Pod", Address);

    private readonly MemoryBluetooth _bluetooth = new();
    private readonly MemoryCharacteristic _measurement = new(GattIds.RscMeasurement, GattCharacteristicProperties.Notify);
    private readonly EventLoopScheduler _session = new(start => new Thread(start) { IsBackground = true, Name = "session" });
    private readonly ManualResetEventSlim _sessionBusy = new();
    private TimeSpan _sessionTime;

    public SessionDeliveryTests() => _bluetooth.Add(Address, "Pod", GattIds.RunningSpeedAndCadenceService, _measurement);

    public void Dispose()
    {
        _sessionBusy.Set();
        _session.Dispose();
    }

    /// <summary>Holds the session's thread until <see cref="_sessionBusy"/> is set, as a long engine step would.</summary>
    private void HoldTheSession() => _session.Schedule(() => _sessionBusy.Wait());

    [Fact]
    public async Task ANotificationIsDeliveredOnTheSessionAndStampedWithTheTimeItIsDeliveredNotTheTimeItArrived()
    {
        await using var source = new PairedSensorSource(_bluetooth, [Pod], _session, () => _sessionTime, waits: ImmediateScheduler.Instance);
        var changes = new List<(LinkChange Change, string Thread)>();
        var notifications = new List<(Notification Notification, string Thread)>();
        using var linked = source.LinkChanges.Subscribe(c => { lock (changes) changes.Add((c, Thread.CurrentThread.Name ?? "")); });
        HoldTheSession();
        _sessionTime = TimeSpan.FromSeconds(1);
        using var notified = source.Notifications.Subscribe(n => { lock (notifications) notifications.Add((n, Thread.CurrentThread.Name ?? "")); });
        _measurement.Notify([0x00, 0x00, 0x03, 0x50]);

        // The radio has spoken at 1 s; the session takes it at 2.5 s.
        _sessionTime = TimeSpan.FromSeconds(2.5);
        _sessionBusy.Set();
        await Eventually.TrueAsync(() => { lock (notifications) return notifications.Count == 1; }, "the notification reached the session");

        var (notification, thread) = Assert.Single(notifications);
        Assert.Equal((TimeSpan.FromSeconds(2.5), "pod", GattIds.RscMeasurement, "session"), (notification.At, notification.Sensor, notification.Characteristic, thread));
        var (connected, changeThread) = Assert.Single(changes);
        Assert.Equal((TimeSpan.FromSeconds(2.5), LinkStatus.Connected, "session"), (connected.At, connected.Status, changeThread));
    }

    [Fact]
    public async Task WithoutASessionValuesArriveOnTheRadiosThreadStampedThen()
    {
        _sessionTime = TimeSpan.FromSeconds(7);
        await using var source = new PairedSensorSource(_bluetooth, [Pod], null, () => _sessionTime, waits: ImmediateScheduler.Instance);
        var notifications = new List<Notification>();
        using var notified = source.Notifications.Subscribe(notifications.Add);

        _measurement.Notify([0x00, 0x00, 0x03, 0x50]);

        Assert.Equal([TimeSpan.FromSeconds(7)], notifications.Select(n => n.At));
    }
}
