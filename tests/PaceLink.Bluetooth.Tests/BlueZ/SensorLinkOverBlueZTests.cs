using System.Reactive.Linq;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.BlueZ;

/// <summary>The real BlueZ backend and the sensor link, against the fake BlueZ on a private bus.</summary>
public sealed class SensorLinkOverBlueZTests
{
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "PaceLink Pod", FakeDevices.PodAddress);
    private static readonly SensorInfo Strap = new("hr", SensorKind.Hr, "PaceLink Strap", FakeDevices.StrapAddress);

    private static byte[] Rsc(double metres) => new RscMeasurement(3.5, 88, 1.2, metres, true).ToArray();

    private static async Task<double> DistanceArrivingAfter(RigAndLink r, double metres)
    {
        var arrived = Eventually.FirstAsync(r.Link.Notifications.Select(n => RscMeasurement.TryParse(n.Payload.Span, out var m) ? m.TotalDistanceMetres : null), d => d == metres);
        Assert.True(r.Rig.Fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, Rsc(metres)), "the pod should be notifying");
        return (await arrived)!.Value;
    }

    [Fact]
    public async Task APodConnectsReportsBatteryAndLocationAndItsNotificationsFlow()
    {
        await using var r = await RigAndLink.StartAsync(Pod);

        var connected = await r.Link.StateAsync(LinkStatus.Connected);
        var first = Eventually.FirstAsync(r.Link.Notifications, _ => true);
        r.Rig.Fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, Rsc(12.3));
        var notification = await first;

        Assert.Equal((87, "in shoe"), (connected.BatteryPercent, connected.Location));
        Assert.Equal(("pod", GattIds.RscMeasurement), (notification.Sensor, notification.Characteristic));
        Assert.Equal(Rsc(12.3), notification.Payload.ToArray());
    }

    [Fact]
    public async Task AStrapConnectsWornOnTheChestAndItsHeartRateFlows()
    {
        await using var r = await RigAndLink.StartAsync(Strap);

        var connected = await r.Link.StateAsync(LinkStatus.Connected);
        var beat = Eventually.FirstAsync(r.Link.Notifications, _ => true);
        r.Rig.Fake.Notify(FakeDevices.StrapAddress, GattIds.HeartRateMeasurement, new byte[] { 0x00, 152 });

        Assert.Equal((64, "chest"), (connected.BatteryPercent, connected.Location));
        Assert.True(HeartRateMeasurement.TryParse((await beat).Payload, out var hr));
        Assert.Equal(152, hr.BeatsPerMinute);
    }

    [Fact]
    public async Task ADroppedPodReconnectsByItselfAndTheDistanceCarriesOn()
    {
        await using var r = await RigAndLink.StartAsync(Pod);
        await r.Link.StateAsync(LinkStatus.Connected);
        Assert.Equal(400.0, await DistanceArrivingAfter(r, 400.0));

        r.Rig.Fake.DropConnection(FakeDevices.PodAddress);

        var lost = await r.Link.StateAsync(LinkStatus.Lost);
        await r.Link.StateAsync(LinkStatus.Connected, nth: 2);
        Assert.Equal("The sensor disconnected", lost.Reason);
        Assert.Equal(415.5, await DistanceArrivingAfter(r, 415.5));
    }

    [Fact]
    public async Task APodOutOfRangeForAWhileIsRetriedWithBackoffUntilItIsBack()
    {
        await using var r = await RigAndLink.StartAsync(Pod);
        await r.Link.StateAsync(LinkStatus.Connected);

        r.Rig.Fake.SetInRange(FakeDevices.PodAddress, false);
        await r.Link.StateAsync(LinkStatus.Lost);
        r.Rig.Fake.SetInRange(FakeDevices.PodAddress, true);

        await r.Link.StateAsync(LinkStatus.Connected, nth: 2);
        Assert.Equal(1000.0, await DistanceArrivingAfter(r, 1000.0));
        Assert.Equal([LinkStatus.Connected, LinkStatus.Lost, LinkStatus.Connected], r.Link.History.Select(c => c.Status));
    }

    [Fact]
    public async Task APodThatBlueZForgetsIsFoundAgainByScanning()
    {
        await using var r = await RigAndLink.StartAsync(Pod);
        await r.Link.StateAsync(LinkStatus.Connected);

        r.Rig.Fake.RemoveDevice(FakeDevices.PodAddress);

        await r.Link.StateAsync(LinkStatus.Lost);
        await r.Link.StateAsync(LinkStatus.Connected, nth: 2);
        Assert.Equal(2.5, await DistanceArrivingAfter(r, 2.5));
    }

    [Fact]
    public async Task SwitchingTheAdapterOffAndOnAgainIsSurvived()
    {
        await using var r = await RigAndLink.StartAsync(Pod);
        await r.Link.StateAsync(LinkStatus.Connected);

        r.Rig.Fake.SetPowered(false);
        await r.Link.StateAsync(LinkStatus.Lost);
        await Eventually.TrueAsync(() => !r.Rig.Bluetooth.GetAvailabilityAsync().Result, "BlueZ reports the adapter off");
        Assert.Equal([LinkStatus.Connected, LinkStatus.Lost], r.Link.History.Select(c => c.Status));
        r.Rig.Fake.SetPowered(true);

        await r.Link.StateAsync(LinkStatus.Connected, nth: 2);
        Assert.Equal(800.0, await DistanceArrivingAfter(r, 800.0));
    }

    [Fact]
    public async Task ABluetoothdRestartIsSurvived()
    {
        await using var r = await RigAndLink.StartAsync(Pod);
        await r.Link.StateAsync(LinkStatus.Connected);

        r.Rig.Fake.Vanish();
        var lost = await r.Link.StateAsync(LinkStatus.Lost);
        await r.Rig.Fake.ReappearAsync();

        Assert.Equal("The Bluetooth service (bluetoothd) stopped", lost.Reason);
        await r.Link.StateAsync(LinkStatus.Connected, nth: 2);
        Assert.Equal(1200.0, await DistanceArrivingAfter(r, 1200.0));
    }

    [Fact]
    public async Task AStrapPairedAsAFootPodFailsWithAClearSentenceInsteadOfRetrying()
    {
        await using var r = await RigAndLink.StartAsync(Pod with { Address = FakeDevices.StrapAddress });

        var failed = await r.Link.StateAsync(LinkStatus.Failed);

        Assert.Contains("does not offer the Running Speed and Cadence service (0x1814)", failed.Reason);
    }

    /// <summary>A rig (bus, fake, backend) plus a live link to one sensor.</summary>
    private sealed class RigAndLink(BlueZRig rig, LiveLink link) : IAsyncDisposable
    {
        public BlueZRig Rig { get; } = rig;
        public LiveLink Link { get; } = link;

        public static async Task<RigAndLink> StartAsync(SensorInfo sensor)
        {
            var rig = await BlueZRig.StartAsync();
            rig.Fake.MakeKnown(sensor.Address!); // as after `pacelink scan` and `pacelink pair`
            return new RigAndLink(rig, new LiveLink(rig.Bluetooth, sensor));
        }

        public async ValueTask DisposeAsync()
        {
            Link.Dispose();
            await Rig.DisposeAsync();
        }
    }
}
