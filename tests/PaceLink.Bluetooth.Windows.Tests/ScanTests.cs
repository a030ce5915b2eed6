using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Windows.Tests.Support;
using PaceLink.Bluetooth.WinRt.Seam;
using Microsoft.Extensions.Time.Testing;
using static PaceLink.Bluetooth.Windows.Tests.Support.WinRtRig;

namespace PaceLink.Bluetooth.Windows.Tests;

/// <summary>Scanning through the advertisement watcher, and what a missing or switched-off radio reads as.</summary>
public sealed class ScanTests
{
    private static readonly BluetoothLEScanOptions FootPods = new() { Filters = [new BluetoothLEScanFilter { Services = [BluetoothUuid.FromShortId(0x1814)] }] };
    private readonly WinRtRig _rig = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task AScanWindowsAbortsIsAnErrorNotNoSensorsFound()
    {
        var scan = _rig.Bluetooth.ScanForDevicesAsync(FootPods, TimeSpan.FromSeconds(10), _time);
        _rig.Adapter.Watchers.Single().Abort(WatcherError.RadioNotAvailable);
        _time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAnyAsync<BluetoothException>(() => scan);
        Assert.Contains("scan", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWatcherThatIsAbortedAtStartFailsTheScanRequest()
    {
        // Windows aborts a watcher as it starts when the radio is held by a driver or disabled by policy.
        _rig.Adapter.WatcherStatusAfterStart = WatcherState.Aborted;

        await Assert.ThrowsAnyAsync<BluetoothException>(() => _rig.Bluetooth.RequestLEScanAsync(FootPods));
        Assert.False(_rig.Adapter.Watchers.Single().Listening, "the aborted watcher still has a Received handler");
    }

    [Fact]
    public async Task TheNameFromTheScanResponseAndTheServiceFromTheAdvertisementMakeOneMatch()
    {
        var byName = new BluetoothLEScanOptions { Filters = [new BluetoothLEScanFilter { NamePrefix = "Stryd", Services = [BluetoothUuid.FromShortId(0x1814)] }] };
        var scan = _rig.Bluetooth.ScanForDevicesAsync(byName, TimeSpan.FromSeconds(5), _time);
        var watcher = _rig.Adapter.Watchers.Single();
        watcher.Advertise(Advert(PodBits, services: [Rsc]));
        watcher.Advertise(Advert(PodBits, name: "Stryd 1234", scanResponse: true));
        _time.Advance(TimeSpan.FromSeconds(5));

        var found = Assert.Single(await scan);
        Assert.Equal("Stryd 1234", found.Name);
        Assert.Equal("Stryd 1234", found.Device.Name);
        Assert.Contains(BluetoothUuid.FromShortId(0x1814), found.Uuids);
    }

    [Fact]
    public async Task ScanningForEverythingListsConnectableDevicesWithTheirNames()
    {
        var scan = _rig.Bluetooth.ScanForDevicesAsync(new BluetoothLEScanOptions { AcceptAllAdvertisements = true }, TimeSpan.FromSeconds(5), _time);
        var watcher = _rig.Adapter.Watchers.Single();
        watcher.Advertise(Advert(0x010203040506, connectable: false));
        watcher.Advertise(Advert(PodBits));
        watcher.Advertise(Advert(PodBits, name: "Pod without UUID", scanResponse: true));
        _time.Advance(TimeSpan.FromSeconds(5));

        var found = Assert.Single(await scan);
        Assert.Equal(("AA:BB:CC:DD:EE:01", "Pod without UUID"), (found.Device.Id, found.Name));
    }

    [Fact]
    public async Task AMachineWithoutARadioIsNotToldToSwitchBluetoothOn()
    {
        _rig.Adapter.SetRadio(RadioPower.Missing);
        var error = await Assert.ThrowsAsync<NoAdapterException>(() => _rig.Bluetooth.EnsureAvailableAsync());
        Assert.DoesNotContain("switched off", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ARadioDisabledInDeviceManagerIsNotToldToSwitchBluetoothOn()
    {
        _rig.Adapter.SetRadio(RadioPower.Disabled);
        var error = await Assert.ThrowsAsync<NoAdapterException>(() => _rig.Bluetooth.EnsureAvailableAsync());
        Assert.Contains("Device Manager", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASwitchedOffRadioIsToldToSwitchBluetoothOn()
    {
        _rig.Adapter.SetRadio(RadioPower.Off);
        await Assert.ThrowsAsync<AdapterOffException>(() => _rig.Bluetooth.EnsureAvailableAsync());
    }

    [Fact]
    public void ASwitchedOffRadioReadsAsUnavailable()
    {
        var changes = new List<AvailabilityChangedEventArgs>();
        _rig.Bluetooth.AvailabilityChanged += (_, e) => changes.Add(e);
        _rig.Adapter.SetRadio(RadioPower.Off);
        _rig.Adapter.SetRadio(RadioPower.On);
        Assert.Equal([false, true], changes.Select(c => c.IsAvailable));
    }
}
