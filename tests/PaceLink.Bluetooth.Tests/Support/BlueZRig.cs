using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.Support;

/// <summary>A private bus, the fake BlueZ on it with a pod, a strap and a speaker, and the real BlueZ backend connected to it.</summary>
public sealed class BlueZRig : IAsyncDisposable
{
    private BlueZRig(PrivateBus bus, FakeBlueZ fake, BlueZBluetooth bluetooth)
    {
        Bus = bus;
        Fake = fake;
        Bluetooth = bluetooth;
    }

    public PrivateBus Bus { get; }
    public FakeBlueZ Fake { get; }
    public BlueZBluetooth Bluetooth { get; }

    /// <summary>Short timeouts keep failing tests fast; the fake answers in milliseconds.</summary>
    public static BlueZOptions Options(string address) => new()
    {
        BusAddress = address,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ServicesResolvedTimeout = TimeSpan.FromSeconds(5),
        CallTimeout = TimeSpan.FromSeconds(5),
    };

    public static async Task<BlueZRig> StartAsync(bool withAdapter = true)
    {
        var bus = await PrivateBus.StartAsync();
        var fake = await FakeBlueZ.StartAsync(bus.Address, withAdapter, [FakeDevices.FootPod(), FakeDevices.HeartStrap(), FakeDevices.Speaker()]);
        var bluetooth = await BlueZBluetooth.ConnectAsync(Options(bus.Address));
        return new BlueZRig(bus, fake, bluetooth);
    }

    /// <summary>Makes the fake list the device (as after an earlier scan) and waits until the backend knows it.</summary>
    public async Task<BluetoothDevice> KnownDeviceAsync(string address)
    {
        Fake.MakeKnown(address);
        BluetoothDevice? device = null;
        await Eventually.TrueAsync(() =>
        {
            try
            {
                device = Bluetooth.GetDeviceAsync(address).GetAwaiter().GetResult();
                return true;
            }
            catch (DeviceNotFoundException)
            {
                return false;
            }
        }, $"BlueZ lists {address}");
        return device!;
    }

    public async ValueTask DisposeAsync()
    {
        await Bluetooth.DisposeAsync();
        await Fake.DisposeAsync();
        await Bus.DisposeAsync();
    }
}
