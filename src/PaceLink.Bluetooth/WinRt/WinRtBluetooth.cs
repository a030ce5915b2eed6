using System.Collections.Concurrent;
using System.Globalization;
using PaceLink.Bluetooth.Abstractions;
using Windows.Devices.Bluetooth;
using BluetoothDevice = PaceLink.Bluetooth.Abstractions.BluetoothDevice;
using Windows.Devices.Bluetooth.Advertisement;
using Windows.Devices.Radios;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>
/// Bluetooth LE through the Windows Runtime: BluetoothLEAdvertisementWatcher for scans,
/// BluetoothLEDevice for connections. A thin adapter: every decision lives above the abstraction.
/// </summary>
public sealed class WinRtBluetooth : IBluetooth
{
    private readonly BluetoothAdapter _adapter;
    private readonly Radio? _radio;
    private readonly ConcurrentDictionary<ulong, WinRtDevice> _devices = new();

    private WinRtBluetooth(BluetoothAdapter adapter, Radio? radio)
    {
        _adapter = adapter;
        _radio = radio;
        if (radio is not null) radio.StateChanged += OnRadioStateChanged;
    }

    public event EventHandler<AvailabilityChangedEventArgs>? AvailabilityChanged;
    public event EventHandler<BluetoothAdvertisingEvent>? AdvertisementReceived;

    /// <summary>Opens the default adapter; throws <see cref="NoAdapterException"/> when the machine has none with LE support.</summary>
    public static async Task<WinRtBluetooth> OpenAsync()
    {
        var adapter = await BluetoothAdapter.GetDefaultAsync();
        if (adapter is null || !adapter.IsLowEnergySupported)
            throw new NoAdapterException("No Bluetooth LE adapter found. Check Device Manager, or try `pacelink run --simulate`.");
        return new WinRtBluetooth(adapter, await adapter.GetRadioAsync());
    }

    public Task<bool> GetAvailabilityAsync(CancellationToken cancellationToken = default) => Task.FromResult(_radio?.State == RadioState.On);

    public Task EnsureAvailableAsync(CancellationToken cancellationToken = default)
    {
        if (_radio?.State is not RadioState.On)
            throw new AdapterOffException("Bluetooth is switched off. Switch it on in Settings > Bluetooth & devices.");
        return Task.CompletedTask;
    }

    public Task<BluetoothLEScan> RequestLEScanAsync(BluetoothLEScanOptions options, CancellationToken cancellationToken = default)
    {
        EnsureAvailableAsync(cancellationToken);
        var watcher = new BluetoothLEAdvertisementWatcher { ScanningMode = BluetoothLEScanningMode.Active };
        void OnReceived(BluetoothLEAdvertisementWatcher sender, BluetoothLEAdvertisementReceivedEventArgs e) => Report(options, e);
        watcher.Received += OnReceived;
        watcher.Start();
        return Task.FromResult(new BluetoothLEScan(options, () =>
        {
            watcher.Received -= OnReceived;
            watcher.Stop();
            return ValueTask.CompletedTask;
        }));
    }

    private void Report(BluetoothLEScanOptions options, BluetoothLEAdvertisementReceivedEventArgs e)
    {
        var name = string.IsNullOrEmpty(e.Advertisement.LocalName) ? null : e.Advertisement.LocalName;
        var uuids = e.Advertisement.ServiceUuids.Select(g => new BluetoothUuid(g)).ToArray();
        if (!options.Matches(name, uuids)) return;
        var device = _devices.GetOrAdd(e.BluetoothAddress, a => new WinRtDevice(this, a, name));
        AdvertisementReceived?.Invoke(this, new BluetoothAdvertisingEvent(device, name, uuids, e.RawSignalStrengthInDBm));
    }

    public Task<BluetoothDevice> GetDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!ulong.TryParse(id.Replace(":", "", StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var address))
            throw new DeviceNotFoundException(id, $"{id} is not a Bluetooth address (expected AA:BB:CC:DD:EE:FF).");
        return Task.FromResult<BluetoothDevice>(_devices.GetOrAdd(address, a => new WinRtDevice(this, a, null)));
    }

    private void OnRadioStateChanged(Radio sender, object args)
    {
        var on = sender.State == RadioState.On;
        if (!on)
            foreach (var device in _devices.Values) device.OnLinkLost("Bluetooth was switched off");
        AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(on, on ? "Bluetooth was switched on" : "Bluetooth was switched off"));
    }

    /// <summary>The adapter's address, for diagnostics.</summary>
    public string AdapterAddress => WinRtDevice.FormatAddress(_adapter.BluetoothAddress);

    public ValueTask DisposeAsync()
    {
        if (_radio is not null) _radio.StateChanged -= OnRadioStateChanged;
        foreach (var device in _devices.Values) device.Gatt.Disconnect();
        return ValueTask.CompletedTask;
    }
}
