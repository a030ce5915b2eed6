using PaceLink.Bluetooth.WinRt.Seam;
using Windows.Devices.Bluetooth;
using Windows.Devices.Bluetooth.Advertisement;

namespace PaceLink.Bluetooth.WinRt.Native;

/// <summary>BluetoothLEAdvertisementWatcher (active scanning) behind <see cref="IWinRtWatcher"/>.</summary>
internal sealed class NativeWatcher : IWinRtWatcher
{
    private readonly BluetoothLEAdvertisementWatcher _watcher = new() { ScanningMode = BluetoothLEScanningMode.Active };

    public NativeWatcher()
    {
        _watcher.Received += (_, e) => Received?.Invoke(new WinRtAdvert(
            e.BluetoothAddress,
            e.BluetoothAddressType == BluetoothAddressType.Random ? AddressKind.Random : AddressKind.Public,
            e.AdvertisementType == BluetoothLEAdvertisementType.ScanResponse,
            e.IsConnectable,
            e.Advertisement.LocalName,
            e.Advertisement.ServiceUuids.ToArray(),
            e.RawSignalStrengthInDBm));
        _watcher.Stopped += (_, e) => Stopped?.Invoke((WatcherError)(int)e.Error);
    }

    public WatcherState Status => (WatcherState)(int)_watcher.Status;
    public event Action<WinRtAdvert>? Received;
    public event Action<WatcherError>? Stopped;

    public void Start() => _watcher.Start();
    public void Stop() => _watcher.Stop();
}
