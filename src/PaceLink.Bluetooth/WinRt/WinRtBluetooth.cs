using System.Collections.Concurrent;
using System.Globalization;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Native;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>
/// Bluetooth LE through the Windows Runtime: BluetoothLEAdvertisementWatcher for scans,
/// BluetoothLEDevice for connections, reached through the seam in Seam/ so the logic here is tested without Windows.
/// </summary>
public sealed class WinRtBluetooth : IBluetooth
{
    private readonly IWinRtAdapter _adapter;
    private readonly ConcurrentDictionary<ulong, WinRtDevice> _devices = new();

    internal WinRtBluetooth(IWinRtAdapter adapter)
    {
        _adapter = adapter;
        adapter.RadioChanged += OnRadioChanged;
    }

    public event EventHandler<AvailabilityChangedEventArgs>? AvailabilityChanged;
    public event EventHandler<BluetoothAdvertisingEvent>? AdvertisementReceived;

    /// <summary>Opens the default adapter; throws <see cref="NoAdapterException"/> when the machine has none with LE support.</summary>
    public static async Task<WinRtBluetooth> OpenAsync() => new(await NativeAdapter.OpenAsync().ConfigureAwait(false));

    internal IWinRtAdapter Adapter => _adapter;

    public Task<bool> GetAvailabilityAsync(CancellationToken cancellationToken = default) => Task.FromResult(_adapter.Radio == RadioPower.On);

    public Task EnsureAvailableAsync(CancellationToken cancellationToken = default)
    {
        switch (_adapter.Radio)
        {
            case RadioPower.On:
                return Task.CompletedTask;
            case RadioPower.Off:
                throw new AdapterOffException("Bluetooth is switched off. Switch it on in Settings > Bluetooth & devices.");
            case RadioPower.Disabled:
                throw new NoAdapterException("The Bluetooth radio is disabled in Device Manager (or by its driver). Enable it there, then try again.");
            default:
                // A missing radio cannot be switched on: the adapter is unplugged, or its driver did not start.
                throw new NoAdapterException("Windows reports no Bluetooth radio. Check the adapter is plugged in and has a driver in Device Manager.");
        }
    }

    public async Task<BluetoothLEScan> RequestLEScanAsync(BluetoothLEScanOptions options, CancellationToken cancellationToken = default)
    {
        await EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        var watcher = _adapter.CreateWatcher();
        var merger = new AdvertisementMerger();
        BluetoothLEScan? scan = null;
        void OnReceived(WinRtAdvert advert) => Report(options, merger.Add(advert), advert.Address);
        void OnStopped(WatcherError error)
        {
            if (error != WatcherError.Success) scan?.Abort(ScanAborted(error));
        }
        void Unhook()
        {
            watcher.Received -= OnReceived;
            watcher.Stopped -= OnStopped;
        }
        scan = new BluetoothLEScan(options, () =>
        {
            Unhook();
            watcher.Stop();
            return ValueTask.CompletedTask;
        });
        watcher.Received += OnReceived;
        watcher.Stopped += OnStopped;
        watcher.Start();
        if (watcher.Status == WatcherState.Aborted)
        {
            Unhook();
            throw ScanAborted(WatcherError.OtherError);
        }
        return scan;
    }

    private static BluetoothException ScanAborted(WatcherError error) => error switch
    {
        WatcherError.RadioNotAvailable => new NoAdapterException("Windows stopped the Bluetooth scan: the radio is not available (switched off, unplugged or in airplane mode)."),
        WatcherError.ResourceInUse => new BluetoothException("Windows stopped the Bluetooth scan: another program is using the radio. Close it and scan again.", isTransient: true),
        WatcherError.DisabledByPolicy => new BluetoothPermissionException("Windows stopped the Bluetooth scan: Bluetooth is disabled by a policy on this PC."),
        WatcherError.DisabledByUser => new AdapterOffException("Windows stopped the Bluetooth scan: Bluetooth is switched off. Switch it on in Settings > Bluetooth & devices."),
        _ => new BluetoothException($"Windows stopped the Bluetooth scan ({error}). Scan again; if it keeps stopping, restart Bluetooth in Settings.", isTransient: true),
    };

    private void Report(BluetoothLEScanOptions options, AdvertisementMerger.Seen seen, ulong address)
    {
        var uuids = seen.ServiceUuids.Select(g => new BluetoothUuid(g)).ToArray();
        // "Everything" means every device PaceLink could connect to, not every beacon in the room.
        if (options.AcceptAllAdvertisements && !seen.IsConnectable) return;
        if (!options.Matches(seen.Name, uuids)) return;
        var device = _devices.GetOrAdd(address, a => new WinRtDevice(this, a, seen.Name));
        device.Advertised(seen.Name, seen.AddressKind);
        AdvertisementReceived?.Invoke(this, new BluetoothAdvertisingEvent(device, seen.Name, uuids, seen.Rssi));
    }

    /// <summary>
    /// The device with this address, when Windows knows it. Windows answers null (no exception) for a
    /// device it has not seen since it started; that is reported as not found, so the caller scans for it first.
    /// </summary>
    public async Task<BluetoothDevice> GetDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!ulong.TryParse(id.Replace(":", "", StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var address))
            throw new DeviceNotFoundException(id, $"{id} is not a Bluetooth address (expected AA:BB:CC:DD:EE:FF).");
        var device = _devices.GetOrAdd(address, a => new WinRtDevice(this, a, null));
        if (device.Gatt.IsConnected) return device;
        var le = await WinRtStatus.Guard(() => _adapter.OpenDeviceAsync(address, device.AddressKind, cancellationToken), $"looking up {id}").ConfigureAwait(false)
            ?? throw new DeviceNotFoundException(id, $"Windows has not seen {id} since it started. Wake the sensor and scan near it.");
        device.Advertised(le.Name, null);
        device.Server.Adopt(le);
        return device;
    }

    private void OnRadioChanged(RadioPower power)
    {
        var on = power == RadioPower.On;
        var reason = power switch
        {
            RadioPower.On => "Bluetooth was switched on",
            RadioPower.Off => "Bluetooth was switched off",
            _ => "the Bluetooth radio went away",
        };
        if (!on)
            foreach (var device in _devices.Values) device.OnLinkLost(reason);
        AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(on, reason));
    }

    /// <summary>The adapter's address, for diagnostics.</summary>
    public string AdapterAddress => WinRtDevice.FormatAddress(_adapter.Address);

    public ValueTask DisposeAsync()
    {
        _adapter.RadioChanged -= OnRadioChanged;
        foreach (var device in _devices.Values) device.Gatt.Disconnect();
        return ValueTask.CompletedTask;
    }
}
