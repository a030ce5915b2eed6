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
        if (_adapter.Radio is not RadioPower.On)
            throw new AdapterOffException("Bluetooth is switched off. Switch it on in Settings > Bluetooth & devices.");
        return Task.CompletedTask;
    }

    public Task<BluetoothLEScan> RequestLEScanAsync(BluetoothLEScanOptions options, CancellationToken cancellationToken = default)
    {
        EnsureAvailableAsync(cancellationToken);
        var watcher = _adapter.CreateWatcher();
        void OnReceived(WinRtAdvert advert) => Report(options, advert);
        watcher.Received += OnReceived;
        watcher.Start();
        return Task.FromResult(new BluetoothLEScan(options, () =>
        {
            watcher.Received -= OnReceived;
            watcher.Stop();
            return ValueTask.CompletedTask;
        }));
    }

    private void Report(BluetoothLEScanOptions options, WinRtAdvert advert)
    {
        var name = string.IsNullOrEmpty(advert.LocalName) ? null : advert.LocalName;
        var uuids = advert.ServiceUuids.Select(g => new BluetoothUuid(g)).ToArray();
        if (!options.Matches(name, uuids)) return;
        var device = _devices.GetOrAdd(advert.Address, a => new WinRtDevice(this, a, name));
        AdvertisementReceived?.Invoke(this, new BluetoothAdvertisingEvent(device, name, uuids, advert.Rssi));
    }

    public Task<BluetoothDevice> GetDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!ulong.TryParse(id.Replace(":", "", StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var address))
            throw new DeviceNotFoundException(id, $"{id} is not a Bluetooth address (expected AA:BB:CC:DD:EE:FF).");
        return Task.FromResult<BluetoothDevice>(_devices.GetOrAdd(address, a => new WinRtDevice(this, a, null)));
    }

    private void OnRadioChanged(RadioPower power)
    {
        var on = power == RadioPower.On;
        if (!on)
            foreach (var device in _devices.Values) device.OnLinkLost("Bluetooth was switched off");
        AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(on, on ? "Bluetooth was switched on" : "Bluetooth was switched off"));
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
