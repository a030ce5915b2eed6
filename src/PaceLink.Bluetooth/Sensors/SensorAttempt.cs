using System.Reactive;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>
/// One connection to one sensor, as an observable: finds the device (scanning for it when the
/// platform does not know it), connects, starts notifications, reads battery and location once,
/// then emits notifications until the link ends — which arrives as an error, so the caller can retry.
/// </summary>
internal sealed class SensorAttempt(IBluetooth bluetooth, SensorInfo sensor, SensorProfile profile, System.Reactive.Concurrency.IScheduler scheduler, SensorLinkOptions options)
{
    private string Address => sensor.Address ?? sensor.Id;

    public IObservable<SensorEvent> Run() => Observable.Create<SensorEvent>(async (rawObserver, cancel) =>
    {
        var observer = Observer.Synchronize(rawObserver);
        var cleanup = new CompositeDisposable();
        BluetoothDevice? connected = null;
        try
        {
            var device = await FindDeviceAsync(cancel).ConfigureAwait(false);
            WatchForLoss(device, observer, cleanup);
            await device.Gatt.ConnectAsync(cancel).ConfigureAwait(false);
            connected = device;
            var service = await device.Gatt.GetPrimaryServiceAsync(profile.Service, cancel).ConfigureAwait(false)
                ?? throw new ServiceMissingException($"{Describe(device)} is connected but does not offer the {profile.ServiceName} service (0x{profile.Service:X4}). Is it paired as the right kind?");
            var measurement = await service.GetCharacteristicAsync(profile.Measurement, cancel).ConfigureAwait(false)
                ?? throw new ServiceMissingException($"{Describe(device)} offers {profile.ServiceName} but not its measurement (0x{profile.Measurement:X4}).");
            Forward(measurement, observer, cleanup);
            await measurement.StartNotificationsAsync(cancel).ConfigureAwait(false);
            cleanup.Add(Disposable.Create(() => StopQuietly(device, measurement)));
            var battery = await SensorDetails.ReadBatteryAsync(device, cancel).ConfigureAwait(false);
            var location = await SensorDetails.ReadLocationAsync(service, profile, cancel).ConfigureAwait(false);
            observer.OnNext(new SensorEvent.Changed(LinkStatus.Connected, $"{Describe(device)} connected", battery, location));
            return cleanup;
        }
        catch
        {
            cleanup.Dispose();
            // A connection this attempt could not use is closed, so the next attempt starts clean.
            if (connected?.Gatt.IsConnected == true) connected.Gatt.Disconnect();
            throw;
        }
    });

    private string Describe(BluetoothDevice device) => device.Name is { } name ? $"{name} ({sensor.Id})" : sensor.Id;

    /// <summary>The device by address; when the platform has forgotten it (or never saw it), a short scan for that address first.</summary>
    private async Task<BluetoothDevice> FindDeviceAsync(CancellationToken cancel)
    {
        try
        {
            return await bluetooth.GetDeviceAsync(Address, cancel).ConfigureAwait(false);
        }
        catch (DeviceNotFoundException)
        {
            // Matched by address, not by service: some sensors leave their service out of the advertisement.
            var scanOptions = new BluetoothLEScanOptions { AcceptAllAdvertisements = true };
            var seen = Observable.FromEventPattern<BluetoothAdvertisingEvent>(h => bluetooth.AdvertisementReceived += h, h => bluetooth.AdvertisementReceived -= h)
                .Where(e => string.Equals(e.EventArgs.Device.Id, Address, StringComparison.OrdinalIgnoreCase))
                .Select(e => e.EventArgs.Device)
                .FirstAsync()
                .Timeout(options.DiscoveryTimeout, scheduler)
                .Replay(1);
            using (seen.Connect())
            await using (var scan = await bluetooth.RequestLEScanAsync(scanOptions, cancel).ConfigureAwait(false))
            {
                try
                {
                    var found = seen.ToTask(cancel);
                    await Task.WhenAny(found, scan.Aborted).ConfigureAwait(false);
                    if (!found.IsCompletedSuccessfully && scan.Aborted.IsCompleted) throw await scan.Aborted.ConfigureAwait(false);
                    return await found.ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    throw new DeviceNotFoundException(Address,
                        $"{sensor.Id} ({Address}) was not seen in {options.DiscoveryTimeout.TotalSeconds:0} s of scanning. Is it awake and in range?");
                }
            }
        }
    }

    /// <summary>A dropped link, a switched-off adapter or a vanished Bluetooth service ends this attempt.</summary>
    private static void WatchForLoss(BluetoothDevice device, IObserver<SensorEvent> observer, CompositeDisposable cleanup)
    {
        void OnDisconnected(object? s, GattServerDisconnectedEventArgs e) => observer.OnError(new DeviceUnreachableException(Capitalise(e.Reason)));
        device.GattServerDisconnected += OnDisconnected;
        cleanup.Add(Disposable.Create(() => device.GattServerDisconnected -= OnDisconnected));
    }

    private void Forward(GattCharacteristic measurement, IObserver<SensorEvent> observer, CompositeDisposable cleanup)
    {
        void OnValue(object? s, GattCharacteristicValueChangedEventArgs e)
        {
            if (e.Error is null)
                observer.OnNext(new SensorEvent.Measured(profile.Measurement, e.Value));
        }
        measurement.CharacteristicValueChanged += OnValue;
        cleanup.Add(Disposable.Create(() => measurement.CharacteristicValueChanged -= OnValue));
    }

    /// <summary>On a deliberate stop: stop notifying and disconnect, without waiting and without caring whether the link is already gone.</summary>
    private static void StopQuietly(BluetoothDevice device, GattCharacteristic measurement)
    {
        if (!device.Gatt.IsConnected) return;
        _ = measurement.StopNotificationsAsync().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        device.Gatt.Disconnect();
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
