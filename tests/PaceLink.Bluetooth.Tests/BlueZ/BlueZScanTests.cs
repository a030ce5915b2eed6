using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.BlueZ;

public sealed class BlueZScanTests
{
    private static BluetoothLEScanOptions Sensors => new()
    {
        Filters = [new() { Services = [GattIds.HeartRateService] }, new() { Services = [GattIds.RunningSpeedAndCadenceService] }],
    };

    [Fact]
    public async Task ScanFindsThePodAndTheStrapByServiceButNotTheSpeaker()
    {
        await using var rig = await BlueZRig.StartAsync();
        var seen = new List<BluetoothAdvertisingEvent>();
        var both = new TaskCompletionSource();
        rig.Bluetooth.AdvertisementReceived += (_, e) =>
        {
            lock (seen)
            {
                seen.Add(e);
                if (seen.Select(s => s.Device.Id).Distinct().Count() >= 2) both.TrySetResult();
            }
        };

        await using (await rig.Bluetooth.RequestLEScanAsync(Sensors))
            await both.Task.WaitAsync(Eventually.DefaultTimeout);

        lock (seen)
        {
            Assert.Equal([FakeDevices.PodAddress, FakeDevices.StrapAddress], seen.Select(s => s.Device.Id).Distinct().Order());
            var pod = seen.First(s => s.Device.Id == FakeDevices.PodAddress);
            Assert.Equal("PaceLink Pod", pod.Name);
            Assert.Equal((short)-58, pod.Rssi);
            Assert.Contains(BluetoothUuid.FromShortId(GattIds.RunningSpeedAndCadenceService), pod.Uuids);
        }
    }

    [Fact]
    public async Task ANamePrefixFilterKeepsOnlyTheStrap()
    {
        await using var rig = await BlueZRig.StartAsync();
        var options = new BluetoothLEScanOptions { Filters = [new() { NamePrefix = "PaceLink S" }] };

        var found = await rig.Bluetooth.ScanForDevicesAsync(options, TimeSpan.FromMilliseconds(300), TimeProvider.System);

        Assert.Equal([FakeDevices.StrapAddress], found.Select(f => f.Device.Id));
    }
}
