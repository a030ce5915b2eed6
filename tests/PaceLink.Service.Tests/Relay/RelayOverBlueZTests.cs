using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Reactive.Threading.Tasks;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Relay;
using PaceLink.Service.Relay;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Service.Tests.Relay;

/// <summary>
/// A coached session that relays: the paired pod and strap over the real BlueZ backend and the fake
/// BlueZ, the relay registered with the fake's GattManager1 and LEAdvertisingManager1, and the fake's
/// watch subscribed to it. Each reading is handed to the session at a chosen session time.
/// </summary>
public sealed class RelayOverBlueZTests : IAsyncLifetime
{
    private const ushort Rsc = GattIds.RunningSpeedAndCadenceService;
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "Pod", FakeDevices.PodAddress);
    private static readonly SensorInfo Strap = new("hr", SensorKind.Hr, "Strap", FakeDevices.StrapAddress);
    private static readonly SensorLinkOptions FastRetry = new() { FirstRetry = TimeSpan.FromMilliseconds(10), MaxRetry = TimeSpan.FromMilliseconds(100) };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempFolder _folder = new("relay");
    private readonly SessionClock _clock = new(SimulatedSessionHarness.Start);
    private PrivateBus _bus = null!;
    private FakeBlueZ _fake = null!;
    private BlueZBluetooth _bluetooth = null!;
    private PairedSensorSource _source = null!;
    private RelayLink _relay = null!;
    private LiveSession _session = null!;
    private FakeWatch _watch = null!;
    private readonly List<LinkChange> _linked = [];
    private IDisposable _connecting = null!;

    private string TracePath => _folder.File("session.jsonl");

    public async Task InitializeAsync()
    {
        _bus = await PrivateBus.StartAsync();
        _fake = await FakeBlueZ.StartAsync(_bus.Address, devices: [FakeDevices.FootPod(), FakeDevices.HeartStrap()]);
        _fake.MakeKnown(FakeDevices.PodAddress);
        _fake.MakeKnown(FakeDevices.StrapAddress);
        _bluetooth = await BlueZBluetooth.ConnectAsync(new BlueZOptions { BusAddress = _bus.Address });
        _watch = _fake.Watch();
    }

    /// <summary>Starts the relay (calibration <paramref name="calibration"/>) and the session, and subscribes the watch.</summary>
    private async Task StartAsync(double calibration = 1.0)
    {
        _source = new PairedSensorSource(_bluetooth, [Pod, Strap], _clock, () => _clock.Elapsed, FastRetry);
        _connecting = _source.LinkChanges.Subscribe(c => { lock (_linked) _linked.Add(c); });
        var setup = new RelaySetup { Options = new RelayOptions { Calibration = calibration } };
        _relay = await RelayLink.StartAsync(setup, [Pod, Strap], _source.LinkChanges, () => _clock.Elapsed, new BlueZOptions { BusAddress = _bus.Address });
        var settings = SimulatedSessionHarness.ShortTenK with { Calibration = calibration };
        _session = new LiveSession(new LiveSessionSetup { Settings = settings, TracePath = TracePath, Relay = _relay.Relay.Forward }, _source, _clock);
        _session.Start();
        await ConnectedAsync(2);
        await SubscribeWatchAsync();
    }

    /// <summary>
    /// Waits until <paramref name="count"/> connections (of <paramref name="sensor"/>, or of any) have
    /// reached the session: link changes are delivered on its clock, which runs what is due without moving.
    /// </summary>
    private Task ConnectedAsync(int count, string? sensor = null) => Eventually.TrueAsync(() =>
    {
        _clock.AdvanceTo(_clock.Elapsed);
        lock (_linked) return _linked.Count(c => c.Status == LinkStatus.Connected && (sensor is null || c.Sensor == sensor)) >= count;
    }, $"{count} connections of {sensor ?? "the sensors"}", Patience);

    private async Task SubscribeWatchAsync()
    {
        await _watch.SubscribeAsync(Rsc, GattIds.RscMeasurement);
        await _watch.SubscribeAsync(GattIds.HeartRateService, GattIds.HeartRateMeasurement);
    }

    public async Task DisposeAsync()
    {
        _session?.Dispose();
        _connecting?.Dispose();
        if (_relay is not null) await _relay.DisposeAsync();
        if (_source is not null) await _source.DisposeAsync();
        _watch.Dispose();
        await _bluetooth.DisposeAsync();
        await _fake.DisposeAsync();
        await _bus.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task TheWatchFindsThePodAndTheStrapByName()
    {
        await StartAsync();

        var advertised = await _watch.AdvertisementsAsync();

        Assert.Contains(advertised, a => a.LocalName == RelaySetup.DefaultPodName && a.Services.SequenceEqual([Rsc]));
        Assert.Contains(advertised, a => a.LocalName == RelaySetup.DefaultHeartRateName && a.Services.SequenceEqual([GattIds.HeartRateService]));
        Assert.True(RscFeature.TryParse(await _watch.ReadAsync(Rsc, GattIds.RscFeature), out var feature));
        Assert.True(feature.TotalDistanceSupported);
        Assert.Equal([0x02], await _watch.ReadAsync(Rsc, GattIds.SensorLocation)); // in the shoe
        Assert.Equal([87], await _watch.ReadAsync(GattIds.BatteryService, GattIds.BatteryLevel)); // the pod's own battery, passed through
    }

    [Fact]
    public async Task PodNotificationsGoOutAsRelayedPodValuesAndBothAreInTheTrace()
    {
        await StartAsync();

        await PodAsync(0, 4.0, 180, 1000.0);
        await PodAsync(1, 4.0, 180, 1004.0);

        var sent = Received();
        Assert.Equal([0.0, 4.0], sent.Select(m => m.TotalDistanceMetres!.Value));
        Assert.All(sent, m => Assert.Equal((4.0, (byte)180), (m.SpeedMetresPerSecond, m.CadencePerMinute)));
        var trace = await EndAndReadAsync();
        Assert.Equal(2, trace.Records.OfType<NotifyRecord>().Count(n => n.Sensor == "pod"));
        var relayed = trace.Records.OfType<RelayedRecord>().Where(r => r.Sensor == "pod").ToList();
        Assert.Equal(_watch.Received(Rsc, GattIds.RscMeasurement).Select(b => Convert.ToHexString(b)), relayed.Select(r => Convert.ToHexString(r.Payload.Span)));
    }

    [Fact]
    public async Task APodReadingFourPercentLongIsCalibratedToWithinHalfAPercent()
    {
        await StartAsync(calibration: 1 / 1.04);

        // The runner does 4 m/s for 100 s; the pod says 4.16 m/s and counts 4.16 m a second.
        for (var t = 0; t <= 100; t++) await PodAsync(t, 4.16, 180, 2000 + 4.16 * t);

        var last = Received()[^1];
        Assert.InRange(last.TotalDistanceMetres!.Value, 400 * 0.995, 400 * 1.005);
        Assert.Equal(4.0, last.SpeedMetresPerSecond, 1);
        // The engine measures with the same factor, so the watch's laps and PaceLink's reps agree.
        Assert.InRange(_session.Current!.TotalDistanceMetres, 400 * 0.995, 400 * 1.005);
    }

    [Fact]
    public async Task DistanceIsContinuousAcrossAPodDropoutAndReconnect()
    {
        await StartAsync();
        for (var t = 0; t <= 5; t++) await PodAsync(t, 4.0, 180, 500 + 4.0 * t);

        _fake.DropConnection(FakeDevices.PodAddress);
        await ConnectedAsync(2, "pod");
        // Ten seconds later: the pod counted on while the link was down.
        for (var t = 15; t <= 20; t++) await PodAsync(t, 4.0, 180, 500 + 4.0 * t);

        var distances = Received().Select(m => m.TotalDistanceMetres!.Value).ToList();
        Assert.Equal(distances.OrderBy(d => d), distances);
        Assert.Equal(80.0, distances[^1], 6);
        Assert.Equal(60.0, distances[6], 6); // the first value after the reconnect carries the pod's 40 m
    }

    [Fact]
    public async Task DistanceIsContinuousAcrossABluetoothdRestartAndTheRelayComesBack()
    {
        await StartAsync();
        for (var t = 0; t <= 5; t++) await PodAsync(t, 4.0, 180, 500 + 4.0 * t);

        _fake.Vanish();
        await _fake.ReappearAsync();
        _fake.MakeKnown(FakeDevices.PodAddress);
        _fake.MakeKnown(FakeDevices.StrapAddress);
        await Eventually.TrueAsync(() => _fake.Applications.Count == 1 && _fake.Advertisements.Count == 2, "the relay registered again", Patience);
        await ConnectedAsync(2, "pod");
        await SubscribeWatchAsync(); // the watch reconnects, as a real one does
        for (var t = 12; t <= 14; t++) await PodAsync(t, 4.0, 180, 500 + 4.0 * t);

        var distances = Received().Select(m => m.TotalDistanceMetres!.Value).ToList();
        Assert.Equal([0, 4, 8, 12, 16, 20, 48, 52, 56], distances.Select(d => Math.Round(d, 6)));
    }

    [Fact]
    public async Task HeartRateGoesOutByteForByteWithRrIntervals()
    {
        await StartAsync();
        byte[][] strap = [[0x10, 0x98, 0x90, 0x01, 0x8C, 0x01], [0x16, 0x99, 0x88, 0x01], [0x00, 0x9A]];

        for (var i = 0; i < strap.Length; i++) await NotifyAsync(i, FakeDevices.StrapAddress, GattIds.HeartRateMeasurement, strap[i], GattIds.HeartRateService);

        Assert.Equal(strap, _watch.Received(GattIds.HeartRateService, GattIds.HeartRateMeasurement));
        Assert.True(HeartRateMeasurement.TryParse(_watch.Received(GattIds.HeartRateService, GattIds.HeartRateMeasurement)[0], out var first));
        Assert.Equal([400 / 1024.0, 396 / 1024.0], first.RrIntervals);
    }

    private Task PodAsync(double t, double speed, byte cadence, double total) =>
        NotifyAsync(t, FakeDevices.PodAddress, GattIds.RscMeasurement, new RscMeasurement(speed, cadence, 1.3, total, true).ToArray(), Rsc);

    /// <summary>Sends a reading from a sensor, hands it to the session at session time <paramref name="t"/> and waits for the watch to get the relayed value.</summary>
    private async Task NotifyAsync(double t, string address, ushort characteristic, byte[] payload, ushort service)
    {
        _clock.AdvanceTo(TimeSpan.FromSeconds(t));
        var before = _watch.Received(service, service == Rsc ? GattIds.RscMeasurement : characteristic).Count;
        Assert.True(_fake.Notify(address, characteristic, payload), $"{address} notifies {characteristic:x4}");
        // The reading is queued on the session clock; each small step runs what is queued, so it is stamped within microseconds of t.
        var deadline = DateTime.UtcNow + Patience;
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(2));
        while (_watch.Received(service, service == Rsc ? GattIds.RscMeasurement : characteristic).Count <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for the relayed value of {characteristic:x4} at {t} s");
            _clock.AdvanceTo(_clock.Elapsed + TimeSpan.FromTicks(100));
            await poll.WaitForNextTickAsync();
        }
    }

    private List<RscMeasurement> Received() =>
        _watch.Received(Rsc, GattIds.RscMeasurement).Select(b => { Assert.True(RscMeasurement.TryParse(b, out var m)); return m; }).ToList();

    private async Task<TraceContents> EndAndReadAsync()
    {
        _session.Stop();
        var step = _clock.Elapsed;
        while (!_session.IsEnded)
        {
            step += TimeSpan.FromMilliseconds(50);
            _clock.AdvanceTo(step);
            await Task.Yield();
        }
        using var stream = File.OpenRead(TracePath);
        var read = TraceReader.Read(stream);
        Assert.True(read.Ok, read.Error);
        return read.Trace!;
    }
}
