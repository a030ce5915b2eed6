using System.Reactive.Concurrency;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Tests.Sensors;

/// <summary>The sensor link's retry logic on virtual time, over an in-memory backend; events are timed as they arrive.</summary>
public sealed class SensorLinkTests
{
    private const string Address = "AA:BB:CC:DD:EE:01";
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "Pod", Address);
    private static readonly SensorLinkOptions Backoff = new() { FirstRetry = TimeSpan.FromSeconds(1), Multiplier = 2, MaxRetry = TimeSpan.FromSeconds(5) };

    private readonly HistoricalScheduler _time = new();
    private readonly MemoryBluetooth _bluetooth = new();
    private readonly MemoryCharacteristic _measurement = new(GattIds.RscMeasurement, GattCharacteristicProperties.Notify);
    private readonly MemoryDevice _pod;
    private readonly List<(double At, SensorEvent Event)> _events = [];
    private readonly object _gate = new();

    public SensorLinkTests()
    {
        _pod = _bluetooth.Add(Address, "Pod", GattIds.RunningSpeedAndCadenceService,
            _measurement, new MemoryCharacteristic(GattIds.SensorLocation, GattCharacteristicProperties.Read, [0x01]));
        _pod.PlatformBattery = 55;
    }

    private IDisposable Start() =>
        SensorLink.Observe(_bluetooth, Pod, _time, Backoff).Subscribe(Record);

    private void Record(SensorEvent e)
    {
        lock (_gate) _events.Add(((_time.Now - DateTimeOffset.MinValue).TotalSeconds, e));
    }

    private IEnumerable<(double At, LinkStatus Status)> Changes()
    {
        lock (_gate) return _events.Where(x => x.Event is SensorEvent.Changed).Select(x => (x.At, ((SensorEvent.Changed)x.Event).Status)).ToArray();
    }

    private SensorEvent.Changed[] ChangedEvents()
    {
        lock (_gate) return _events.Select(x => x.Event).OfType<SensorEvent.Changed>().ToArray();
    }

    private (double At, SensorEvent.Measured Measured)[] MeasuredEvents()
    {
        lock (_gate) return _events.Where(x => x.Event is SensorEvent.Measured).Select(x => (x.At, (SensorEvent.Measured)x.Event)).ToArray();
    }

    private static DeviceUnreachableException OutOfRange() => new("out of range");

    [Fact]
    public void FailedConnectsAreRetriedAfter1Then2Then4SecondsAndTheLossIsReportedOnce()
    {
        foreach (var _ in Enumerable.Range(0, 3)) _pod.ConnectFailures.Enqueue(OutOfRange());
        using var link = Start();

        _time.AdvanceBy(TimeSpan.FromSeconds(10));

        Assert.Equal([(0.0, LinkStatus.Lost), (7.0, LinkStatus.Connected)], Changes());
        Assert.Equal(4, _pod.Connects);
    }

    [Fact]
    public void EveryFailedAttemptIsToldToTheDiagnosticsNotOnlyTheFirst()
    {
        foreach (var _ in Enumerable.Range(0, 3)) _pod.ConnectFailures.Enqueue(OutOfRange());
        var told = new List<(string Sensor, string Reason)>();
        var options = Backoff with { AttemptFailed = (sensor, e) => told.Add((sensor, e.Message)) };
        using var link = SensorLink.Observe(_bluetooth, Pod, _time, options).Subscribe(Record);

        _time.AdvanceBy(TimeSpan.FromSeconds(10));

        Assert.Equal([("pod", "out of range"), ("pod", "out of range"), ("pod", "out of range")], told);
        Assert.Single(Changes(), c => c.Status == LinkStatus.Lost);
    }

    [Fact]
    public void TheWaitNeverExceedsTheMaximum()
    {
        foreach (var _ in Enumerable.Range(0, 6)) _pod.ConnectFailures.Enqueue(OutOfRange());
        using var link = Start();

        _time.AdvanceBy(TimeSpan.FromSeconds(60));

        // Attempts at 0, 1, 3, 7, 12, 17; the seventh, at 22 s, connects.
        Assert.Equal((22.0, LinkStatus.Connected), Changes().Last());
    }

    [Fact]
    public void AfterAConnectionADropIsRetriedQuicklyAgainAndNotificationsResumeInTheSameStream()
    {
        using var link = Start();
        _time.AdvanceBy(TimeSpan.FromSeconds(5));
        _measurement.Notify([0x00, 0x00, 0x03, 0x50]);
        _pod.Drop("the sensor disconnected");
        _time.AdvanceBy(TimeSpan.FromSeconds(1));
        _measurement.Notify([0x00, 0x80, 0x03, 0x52]);

        Assert.Equal([(0.0, LinkStatus.Connected), (5.0, LinkStatus.Lost), (6.0, LinkStatus.Connected)], Changes());
        Assert.Equal([5.0, 6.0], MeasuredEvents().Select(m => m.At));
        Assert.All(MeasuredEvents(), m => Assert.Equal(GattIds.RscMeasurement, m.Measured.Characteristic));
    }

    [Fact]
    public void TheConnectedChangeCarriesBatteryAndLocation()
    {
        using var link = Start();

        var connected = ChangedEvents().Single();

        Assert.Equal((55, "top of shoe", "Pod (pod) connected"), (connected.BatteryPercent, connected.Location, connected.Reason));
    }

    [Fact]
    public void AGattBatteryLevelWinsOverThePlatformsReport()
    {
        _pod.Services[BluetoothUuid.FromShortId(GattIds.BatteryService)] =
            new MemoryService(_pod, GattIds.BatteryService, [new MemoryCharacteristic(GattIds.BatteryLevel, GattCharacteristicProperties.Read, [91])]);
        using var link = Start();

        Assert.Equal(91, ChangedEvents().Single().BatteryPercent);
    }

    [Fact]
    public void APermissionErrorEndsTheLinkAsFailedWithoutRetrying()
    {
        _pod.ConnectFailures.Enqueue(new BluetoothPermissionException("not in the bluetooth group"));
        var completed = false;
        using var link = SensorLink.Observe(_bluetooth, Pod, _time, Backoff).Subscribe(Record, () => completed = true);

        _time.AdvanceBy(TimeSpan.FromMinutes(1));

        Assert.Equal([(0.0, LinkStatus.Failed)], Changes());
        Assert.True(completed);
        Assert.Equal(1, _pod.Connects);
    }

    [Fact]
    public void AServiceMissingOnOneConnectionIsRetriedOnACleanConnection()
    {
        var rsc = BluetoothUuid.FromShortId(GattIds.RunningSpeedAndCadenceService);
        var service = _pod.Services[rsc];
        _pod.Services.Remove(rsc); // discovery failed half-way on the first connection
        using var link = Start();
        _pod.Services[rsc] = service;

        _time.AdvanceBy(TimeSpan.FromSeconds(5));

        Assert.Equal([(0.0, LinkStatus.Lost), (1.0, LinkStatus.Connected)], Changes());
        Assert.Equal((2, 1), (_pod.Connects, _pod.Disconnects));
    }

    [Fact]
    public void ASensorLackingTheServiceOnThreeConnectionsInARowFailsWithTheReason()
    {
        _pod.Services.Remove(BluetoothUuid.FromShortId(GattIds.RunningSpeedAndCadenceService));
        var completed = false;
        using var link = SensorLink.Observe(_bluetooth, Pod, _time, Backoff).Subscribe(Record, () => completed = true);

        _time.AdvanceBy(TimeSpan.FromMinutes(1));

        Assert.Equal([(0.0, LinkStatus.Lost), (3.0, LinkStatus.Failed)], Changes());
        Assert.Contains("does not offer the Running Speed and Cadence service", ChangedEvents().Last().Reason);
        Assert.True(completed);
        Assert.Equal((3, 3), (_pod.Connects, _pod.Disconnects));
    }

    [Fact]
    public void StoppingTheLinkStopsNotificationsDisconnectsAndCancelsRetries()
    {
        var link = Start();

        link.Dispose();
        _measurement.Notify([0x00, 0x00, 0x03, 0x50]);
        _time.AdvanceBy(TimeSpan.FromMinutes(1));

        Assert.Equal((1, 1, 1), (_measurement.Stops, _pod.Disconnects, _pod.Connects));
        Assert.Empty(MeasuredEvents());
    }

    [Fact]
    public async Task AnUnknownDeviceIsLookedForByScanningForItsService()
    {
        var stranger = new MemoryDevice("AA:BB:CC:DD:EE:09", "Later");
        var link = SensorLink.Observe(_bluetooth, Pod with { Address = stranger.Id }, _time, Backoff with { DiscoveryTimeout = TimeSpan.FromSeconds(3) })
            .Subscribe(Record);

        _time.AdvanceBy(TimeSpan.FromSeconds(3));
        // The scan's end resumes the attempt on another thread.
        await Eventually.TrueAsync(() => Changes().Any(), "the link reports the sensor lost");

        Assert.Equal([(3.0, LinkStatus.Lost)], Changes());
        Assert.Contains("was not seen in 3 s of scanning", ChangedEvents().Single().Reason);
        link.Dispose();
    }

    [Fact]
    public async Task ADeviceThatAdvertisesDuringTheScanIsConnected()
    {
        var later = new MemoryDevice("AA:BB:CC:DD:EE:09", "Later");
        later.Services[BluetoothUuid.FromShortId(GattIds.RunningSpeedAndCadenceService)] = new MemoryService(later, GattIds.RunningSpeedAndCadenceService, [_measurement]);
        using var link = SensorLink.Observe(_bluetooth, Pod with { Address = later.Id }, _time, Backoff).Subscribe(Record);

        _time.AdvanceBy(TimeSpan.FromSeconds(2));
        _bluetooth.Advertise(new BluetoothAdvertisingEvent(later, "Later", [BluetoothUuid.FromShortId(GattIds.RunningSpeedAndCadenceService)], -70));
        await Eventually.TrueAsync(() => Changes().Any(), "the link reports the sensor connected");

        Assert.Equal([(2.0, LinkStatus.Connected)], Changes());
        Assert.True(_measurement.Notifying);
    }
}
