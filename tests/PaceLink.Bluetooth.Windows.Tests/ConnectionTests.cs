using PaceLink.Core.Pipeline;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Windows.Tests.Support;
using PaceLink.Bluetooth.WinRt.Seam;
using PaceLink.Bluetooth.Sensors;
using static PaceLink.Bluetooth.Windows.Tests.Support.WinRtRig;

namespace PaceLink.Bluetooth.Windows.Tests;

/// <summary>Connecting, losing and regaining a sensor through the WinRT backend, driven by the sensor link.</summary>
public sealed class ConnectionTests
{
    private readonly WinRtRig _rig = new();

    [Fact]
    public async Task ADeviceWindowsHasNotSeenSinceBootIsScannedForThenOpenedWithItsAdvertisedAddressType()
    {
        // FromBluetoothAddressAsync answers null (no exception) until the watcher has seen the pod.
        _rig.Adapter.Open = (address, kind) => kind == AddressKind.Random ? _rig.Track(_rig.NewPod()) : null;
        using var link = _rig.StartLink();

        var watcher = Assert.Single(_rig.Adapter.Watchers);
        watcher.Advertise(Advert(PodBits, "Pod", [Rsc], kind: AddressKind.Random));
        await Eventually.TrueAsync(() => _rig.Changes().Any(c => c.Status == LinkStatus.Connected), "the pod connected");

        Assert.Equal((PodBits, (AddressKind?)AddressKind.Random), _rig.Adapter.Opens[^1]);
        Assert.DoesNotContain(_rig.Changes(), c => c.Status == LinkStatus.Lost);
    }

    [Fact]
    public void ADroppedLinkReleasesEveryServiceTheSessionAndTheDevice()
    {
        _rig.PodKnown();
        using var link = _rig.StartLink();
        var first = Assert.Single(_rig.Opened);
        Assert.Equal(LinkStatus.Connected, _rig.Changes()[^1].Status);
        var session = Assert.Single(first.Sessions);

        first.Drop();

        Assert.Equal(LinkStatus.Lost, _rig.Changes()[^1].Status);
        Assert.NotEmpty(first.HandedOut);
        Assert.All(first.HandedOut, s => Assert.True(s.Disposed, $"service {s.Uuid} was not disposed"));
        Assert.True(session.Disposed, "the GattSession was not closed");
        Assert.True(first.Disposed, "the BluetoothLEDevice was not disposed");
    }

    [Fact]
    public void AfterAReconnectTheCccdIsWrittenAgainAndNotificationsResume()
    {
        _rig.PodKnown();
        using var link = _rig.StartLink();
        var first = _rig.Opened[0];
        Measurement(first).Notify([0x00, 0x01]);
        first.Drop();

        _rig.Time.AdvanceBy(TimeSpan.FromSeconds(1));

        var second = Assert.Single(_rig.Opened.Skip(1));
        Assert.Equal([CccdMode.Notify], Measurement(second).CccdWrites);
        Assert.False(Measurement(first).Listened, "the old characteristic still has a ValueChanged handler");
        Measurement(second).Notify([0x00, 0x02]);
        Assert.Equal([[0x00, 0x01], [0x00, 0x02]], _rig.Measured());
        Assert.Equal([LinkStatus.Connected, LinkStatus.Lost, LinkStatus.Connected], _rig.Changes().Select(c => c.Status));
        Assert.Single(second.Sessions);
        Assert.False(second.Sessions[0].Disposed);
    }

    [Fact]
    public async Task AFailedConnectDisposesTheDeviceAndItsSession()
    {
        var pod = _rig.NewPod();
        pod.DiscoveryStatus = new GattStatus(GattOutcome.Unreachable);
        _rig.Adapter.Open = (_, _) => pod;
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);

        await Assert.ThrowsAsync<DeviceUnreachableException>(() => device.Gatt.ConnectAsync());

        Assert.True(pod.Disposed, "the BluetoothLEDevice of a failed connect was not disposed");
        Assert.All(pod.Sessions, s => Assert.True(s.Disposed));
        Assert.False(device.Gatt.IsConnected);
    }

    [Fact]
    public async Task DisconnectDisposesEveryServiceHandedOut()
    {
        _rig.PodKnown();
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);
        await device.Gatt.ConnectAsync();
        var rsc = await device.Gatt.GetPrimaryServiceAsync(new BluetoothUuid(Rsc));
        Assert.NotNull(rsc);

        device.Gatt.Disconnect();

        var pod = _rig.Opened[^1];
        Assert.All(pod.HandedOut, s => Assert.True(s.Disposed, $"service {s.Uuid} was not disposed"));
        Assert.True(pod.Disposed);
        Assert.All(pod.Sessions, s => Assert.True(s.Disposed));
    }

    [Fact]
    public async Task AConnectCostsOneUncachedServiceDiscoveryAndLookupsAfterItUseTheCache()
    {
        _rig.PodKnown();
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);
        await device.Gatt.ConnectAsync();
        var rsc = await device.Gatt.GetPrimaryServiceAsync(new BluetoothUuid(Rsc));
        var measurement = await rsc!.GetCharacteristicAsync(new BluetoothUuid(RscMeasurement));

        Assert.NotNull(measurement);
        var pod = _rig.Opened[^1];
        Assert.Equal([DiscoveryMode.Uncached], pod.ServiceDiscoveries.Where(m => m == DiscoveryMode.Uncached));
        Assert.All(pod.HandedOut.SelectMany(s => s.Discoveries), m => Assert.Equal(DiscoveryMode.Cached, m));
    }

    [Fact]
    public async Task ACharacteristicMissingFromTheCacheIsLookedUpOverTheAirOnce()
    {
        _rig.Adapter.Open = (_, _) => _rig.Track(new FakeDevice("Pod", (Rsc, [new FakeCharacteristic(RscMeasurement, Notify)])) { CharacteristicCacheFilled = false });
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);
        await device.Gatt.ConnectAsync();
        var rsc = await device.Gatt.GetPrimaryServiceAsync(new BluetoothUuid(Rsc));

        Assert.NotNull(await rsc!.GetCharacteristicAsync(new BluetoothUuid(RscMeasurement)));
        Assert.Equal([DiscoveryMode.Cached, DiscoveryMode.Uncached], _rig.Opened[^1].HandedOut.SelectMany(s => s.Discoveries));
    }
}
