using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.BlueZ;

/// <summary>Each failure a user can meet ends in a typed exception with a sentence that says what to do.</summary>
public sealed class BlueZErrorTests
{
    private static readonly BluetoothLEScanOptions AnySensor = new() { Filters = [new() { Services = [GattIds.HeartRateService] }] };

    [Fact]
    public async Task AMachineWithoutAnAdapterSaysSoWithoutNamingCommands()
    {
        await using var rig = await BlueZRig.StartAsync(withAdapter: false);

        var error = await Assert.ThrowsAsync<NoAdapterException>(() => rig.Bluetooth.RequestLEScanAsync(AnySensor));

        Assert.StartsWith("No Bluetooth adapter found", error.Message);
        Assert.DoesNotContain("pacelink", error.Message);
        Assert.False(await rig.Bluetooth.GetAvailabilityAsync());
    }

    [Fact]
    public async Task WithoutBluetoothdTheErrorNamesTheServiceToStart()
    {
        await using var bus = await PrivateBus.StartAsync();
        await using var bluetooth = await BlueZBluetooth.ConnectAsync(BlueZRig.Options(bus.Address));

        var error = await Assert.ThrowsAsync<NoAdapterException>(() => bluetooth.GetDeviceAsync(FakeDevices.PodAddress));

        Assert.Contains("bluetoothd", error.Message);
        Assert.Contains("systemctl", error.Message);
    }

    [Fact]
    public async Task BeingRefusedByTheBusPolicyExplainsTheBluetoothGroup()
    {
        await using var bus = await PrivateBus.StartAsync(denyBlueZ: true);
        await using var fake = await FakeBlueZ.StartAsync(bus.Address);

        var error = await Assert.ThrowsAsync<BluetoothPermissionException>(() => BlueZBluetooth.ConnectAsync(BlueZRig.Options(bus.Address)));

        Assert.Contains("'bluetooth' group", error.Message);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task AnUnreachableBusIsReportedWithItsAddress()
    {
        using var empty = new TempFolder("no-such-bus");
        var address = "unix:path=" + empty.File("bus");

        var error = await Assert.ThrowsAsync<NoAdapterException>(() => BlueZBluetooth.ConnectAsync(BlueZRig.Options(address)));

        Assert.Contains(address, error.Message);
    }

    [Fact]
    public async Task AnUnknownAddressIsDeviceNotFoundWithAHintToWakeIt()
    {
        await using var rig = await BlueZRig.StartAsync();

        var error = await Assert.ThrowsAsync<DeviceNotFoundException>(() => rig.Bluetooth.GetDeviceAsync("11:22:33:44:55:66"));

        Assert.Equal("11:22:33:44:55:66", error.Address);
        Assert.Contains("Wake the sensor", error.Message);
        Assert.DoesNotContain("pacelink", error.Message);
    }

    [Fact]
    public async Task AServiceTheDeviceLacksIsNullNotAnError()
    {
        await using var rig = await BlueZRig.StartAsync();
        var strap = await rig.KnownDeviceAsync(FakeDevices.StrapAddress);

        await strap.Gatt.ConnectAsync();

        Assert.True(strap.Gatt.IsConnected);
        Assert.Null(await strap.Gatt.GetPrimaryServiceAsync(GattIds.RunningSpeedAndCadenceService));
        Assert.NotNull(await strap.Gatt.GetPrimaryServiceAsync(GattIds.HeartRateService));
    }

    [Fact]
    public async Task ScanningWithTheAdapterOffSaysHowToSwitchItOn()
    {
        await using var rig = await BlueZRig.StartAsync();
        rig.Fake.SetPowered(false);
        await Eventually.TrueAsync(() => !rig.Bluetooth.GetAvailabilityAsync().Result, "the backend sees the adapter off");

        var error = await Assert.ThrowsAsync<AdapterOffException>(() => rig.Bluetooth.RequestLEScanAsync(AnySensor));

        Assert.Contains("bluetoothctl power on", error.Message);
    }

    [Fact]
    public async Task ConnectingToADeviceOutOfRangeIsUnreachable()
    {
        await using var rig = await BlueZRig.StartAsync();
        var pod = await rig.KnownDeviceAsync(FakeDevices.PodAddress);
        rig.Fake.SetInRange(FakeDevices.PodAddress, false);

        var error = await Assert.ThrowsAsync<DeviceUnreachableException>(() => pod.Gatt.ConnectAsync());

        Assert.Contains("le-connection-abort-by-local", error.Message);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task ADeviceWhoseServicesNeverResolveTimesOutWithASentence()
    {
        await using var bus = await PrivateBus.StartAsync();
        await using var fake = await FakeBlueZ.StartAsync(bus.Address, devices: [FakeDevices.FootPod()]);
        fake.SetResolvesServices(FakeDevices.PodAddress, false);
        await using var bluetooth = await BlueZBluetooth.ConnectAsync(BlueZRig.Options(bus.Address) with { ServicesResolvedTimeout = TimeSpan.FromMilliseconds(200) });
        fake.MakeKnown(FakeDevices.PodAddress);
        await Eventually.TrueAsync(() => bluetooth.Cache.Find(BlueZNames.Device).Count == 1, "the backend lists the pod");
        var pod = await bluetooth.GetDeviceAsync(FakeDevices.PodAddress);

        var error = await Assert.ThrowsAsync<DeviceUnreachableException>(() => pod.Gatt.ConnectAsync());

        Assert.Contains("did not list its services within 0.2 s", error.Message);
        Assert.False(pod.Gatt.IsConnected);
    }
}
