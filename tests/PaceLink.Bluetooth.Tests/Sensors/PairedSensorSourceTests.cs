using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.Sensors;

/// <summary>What `pacelink run` meets when it opens the paired sensors.</summary>
public sealed class PairedSensorSourceTests : IDisposable
{
    private readonly TempFolder _folder = new("paired");

    private SensorStore Store => new(_folder.File("sensors.json"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WithNothingPairedItSaysSoAndLeavesTheCommandsToItsCaller()
    {
        var error = await Assert.ThrowsAsync<NoSensorsPairedException>(() =>
            PairedSensorSource.OpenAsync(null, () => TimeSpan.Zero, Store));

        Assert.StartsWith("No sensors are paired", error.Message);
        Assert.DoesNotContain("pacelink", error.Message);
    }

    [Fact]
    public async Task WithoutAnAdapterItSaysSoWithoutNamingCommands()
    {
        Store.Remember(new SensorInfo("pod", SensorKind.Rsc, "Pod", FakeDevices.PodAddress));
        await using var rig = await BlueZRig.StartAsync(withAdapter: false);

        var error = await Assert.ThrowsAsync<NoAdapterException>(() =>
            PairedSensorSource.OpenAsync(null, () => TimeSpan.Zero, Store, BlueZRig.Options(rig.Bus.Address)));

        Assert.StartsWith("No Bluetooth adapter found", error.Message);
        Assert.DoesNotContain("pacelink", error.Message);
    }

    [Fact]
    public async Task BothPairedSensorsStreamIntoOneSource()
    {
        Store.Remember(new SensorInfo("pod", SensorKind.Rsc, "Pod", FakeDevices.PodAddress));
        Store.Remember(new SensorInfo("hr", SensorKind.Hr, "Strap", FakeDevices.StrapAddress));
        await using var rig = await BlueZRig.StartAsync();
        rig.Fake.MakeKnown(FakeDevices.PodAddress);
        rig.Fake.MakeKnown(FakeDevices.StrapAddress);
        await using var source = await PairedSensorSource.OpenAsync(null, () => TimeSpan.FromSeconds(42), Store, BlueZRig.Options(rig.Bus.Address), LiveLink.FastRetry);
        var connected = new List<string>();
        var both = new TaskCompletionSource();
        using var changes = source.LinkChanges.Subscribe(c =>
        {
            lock (connected)
            {
                if (c.Status == LinkStatus.Connected) connected.Add(c.Sensor);
                if (connected.Count == 2) both.TrySetResult();
            }
        });
        var sensors = new List<Notification>();
        using var notifications = source.Notifications.Subscribe(n => { lock (sensors) sensors.Add(n); });

        await both.Task.WaitAsync(Eventually.DefaultTimeout);
        rig.Fake.Notify(FakeDevices.StrapAddress, Core.Gatt.GattIds.HeartRateMeasurement, new byte[] { 0x00, 140 });
        rig.Fake.Notify(FakeDevices.PodAddress, Core.Gatt.GattIds.RscMeasurement, new byte[] { 0x00, 0x00, 0x03, 0x50 });
        await Eventually.TrueAsync(() => { lock (sensors) return sensors.Count == 2; }, "both notifications arrived");

        Assert.Equal(["hr", "pod"], sensors.Select(n => n.Sensor).Order());
        Assert.All(sensors, n => Assert.Equal(TimeSpan.FromSeconds(42), n.At));
        Assert.Equal(["hr", "pod"], source.Sensors.Select(s => s.Id).Order());
    }
}
