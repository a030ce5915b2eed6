using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation;
using PaceLink.Simulation.FakeBlueZ;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.Tests.BlueZ;

/// <summary>What the fake BlueZ adds on top of the backend tests: the simulator's payloads, demo commands, and an impostor.</summary>
public sealed class FakeBlueZTests
{
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "PaceLink Pod", FakeDevices.PodAddress);

    [Fact]
    public async Task TheSimulatedRunnersFootPodPayloadsArriveOverDBus()
    {
        await using var rig = await BlueZRig.StartAsync();
        rig.Fake.MakeKnown(FakeDevices.PodAddress);
        using var link = new LiveLink(rig.Bluetooth, Pod);
        await link.StateAsync(LinkStatus.Connected);
        var time = new HistoricalScheduler();
        var run = new SimulatedRun(new SimulationOptions { Seed = 7, WithHeartStrap = false }, time);
        var measured = Eventually.FirstAsync(link.Notifications, n => RscMeasurement.TryParse(n.Payload.Span, out var m) && m.SpeedMetresPerSecond >= 0);
        using var feed = rig.Fake.FeedFrom(run.Notifications);

        time.AdvanceBy(TimeSpan.FromSeconds(5));

        var notification = await measured;
        Assert.Equal(("pod", GattIds.RscMeasurement), (notification.Sensor, notification.Characteristic));
    }

    [Fact]
    public async Task DemoCommandsDropTheLinkAndSwitchTheAdapter()
    {
        await using var rig = await BlueZRig.StartAsync();
        rig.Fake.MakeKnown(FakeDevices.PodAddress);
        using var link = new LiveLink(rig.Bluetooth, Pod);
        await link.StateAsync(LinkStatus.Connected);

        Assert.Equal("pod dropped its link", await FakeBlueZCommands.ApplyAsync(rig.Fake, "drop pod"));
        await link.StateAsync(LinkStatus.Connected, nth: 2);
        Assert.Equal("adapter switched off", await FakeBlueZCommands.ApplyAsync(rig.Fake, "OFF"));
        Assert.Equal(FakeBlueZCommands.Help, await FakeBlueZCommands.ApplyAsync(rig.Fake, "drop bike"));
    }

    [Fact]
    public async Task AValueSignalFromAProcessPosingAsBlueZIsIgnored()
    {
        await using var rig = await BlueZRig.StartAsync();
        rig.Fake.MakeKnown(FakeDevices.PodAddress);
        using var link = new LiveLink(rig.Bluetooth, Pod);
        await link.StateAsync(LinkStatus.Connected);
        using var impostor = new DBusConnection(rig.Bus.Address);
        await impostor.ConnectAsync();
        var real = new RscMeasurement(3.0, 80, null, 10.0, true).ToArray();
        var forged = new RscMeasurement(9.9, 99, null, 999.0, true).ToArray();
        var characteristicPath = BlueZNames.DevicePath(FakeBlueZ.AdapterPath, FakeDevices.PodAddress) + "/service0010/char0011";
        var arrivals = link.Notifications.Select(n => n.Payload.ToArray()).Replay();
        using var _ = arrivals.Connect();

        SendValueChanged(impostor, characteristicPath, forged);
        await impostor.ListServicesAsync(); // a round trip: the bus has routed the forgery before it answers
        rig.Fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, real);

        // The bus routed the forgery first: had it been accepted it would be here before the real value.
        Assert.Equal(real, await Eventually.FirstAsync(arrivals, _ => true));
    }

    private static void SendValueChanged(DBusConnection bus, string path, byte[] value)
    {
        using var w = bus.GetMessageWriter();
        w.WriteSignalHeader(null, path, BlueZNames.Properties, "PropertiesChanged", "sa{sv}as");
        w.WriteString(BlueZNames.GattCharacteristic);
        w.WriteDictionary(new Dictionary<string, VariantValue> { ["Value"] = VariantValue.Array(value) });
        w.WriteArray(Array.Empty<string>());
        Assert.True(bus.TrySendMessage(w.CreateMessage()));
    }
}
