using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Service.Tests.Sessions;

/// <summary>A live session fed by a paired pod over the real BlueZ backend and the fake BlueZ on a private bus.</summary>
public sealed class PairedSensorSessionTests : IAsyncLifetime
{
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "PaceLink Pod", FakeDevices.PodAddress);
    private static readonly SensorLinkOptions FastRetry = new() { FirstRetry = TimeSpan.FromMilliseconds(10), MaxRetry = TimeSpan.FromMilliseconds(100) };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempFolder _folder = new("bt-session");
    private readonly SessionClock _clock = new(SimulatedSessionHarness.Start);
    private PrivateBus _bus = null!;
    private FakeBlueZ _fake = null!;
    private BlueZBluetooth _bluetooth = null!;

    public async Task InitializeAsync()
    {
        _bus = await PrivateBus.StartAsync();
        _fake = await FakeBlueZ.StartAsync(_bus.Address, devices: [FakeDevices.FootPod()]);
        _fake.MakeKnown(FakeDevices.PodAddress);
        _bluetooth = await BlueZBluetooth.ConnectAsync(new BlueZOptions { BusAddress = _bus.Address });
    }

    public async Task DisposeAsync()
    {
        await _bluetooth.DisposeAsync();
        await _fake.DisposeAsync();
        await _bus.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task ThePodsNotificationsAndItsDropAreRecordedAndTheDistanceCarriesOn()
    {
        var tracePath = _folder.File("session.jsonl");
        await using var source = new PairedSensorSource(_bluetooth, [Pod], _clock, () => _clock.Elapsed, FastRetry);
        // Link changes reach the session's clock like notifications: the clock is pumped to see them.
        var connects = 0;
        using var _ = source.LinkChanges.Where(c => c.Status == LinkStatus.Connected).Subscribe(_ => connects++);
        using var session = new LiveSession(new LiveSessionSetup { Settings = SimulatedSessionHarness.ShortTenK, TracePath = tracePath }, source, _clock);
        session.Start();

        await PumpUntil(() => connects == 1);
        await SendAndPump(session, 1000.0, 0);
        await SendAndPump(session, 1030.0, 30);
        _fake.DropConnection(FakeDevices.PodAddress);
        await PumpUntil(() => connects == 2);
        await SendAndPump(session, 1060.0, 60);
        var distance = await SendAndPump(session, 1090.0, 90);
        session.Stop();
        await PumpUntil(() => session.IsEnded);

        // 90 m counted by the pod; the engine may add up to a stride of lag compensation. A lost or doubled span would be 30 m off.
        Assert.InRange(distance, 90.0, 93.0);
        var trace = Read(tracePath);
        Assert.Equal(4, trace.Records.OfType<NotifyRecord>().Count(n => n.Sensor == "pod"));
        Assert.Equal([LinkState.Connected, LinkState.Disconnected, LinkState.Connected],
            trace.Records.OfType<LinkRecord>().Where(l => l.Sensor == "pod").Select(l => l.State));
    }

    /// <summary>The pod sends its total distance; the session clock is moved until the engine shows the session distance it implies.</summary>
    private async Task<double> SendAndPump(LiveSession session, double podTotal, double sessionTotal)
    {
        Assert.True(_fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, new RscMeasurement(3.5, 88, 1.2, podTotal, true).ToArray()));
        await PumpUntil(() => session.Current is { } s && s.TotalDistanceMetres >= sessionTotal && s.At > TimeSpan.Zero);
        return session.Current!.TotalDistanceMetres;
    }

    /// <summary>Advances the session clock in small steps while radio callbacks arrive, until <paramref name="done"/> (bounded).</summary>
    private async Task PumpUntil(Func<bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out pumping the session clock");
            _clock.AdvanceTo(_clock.Elapsed + TimeSpan.FromMilliseconds(50));
            await poll.WaitForNextTickAsync();
        }
    }

    private static TraceContents Read(string path)
    {
        using var stream = File.OpenRead(path);
        var read = TraceReader.Read(stream);
        Assert.True(read.Ok, read.Error);
        return read.Trace!;
    }
}
