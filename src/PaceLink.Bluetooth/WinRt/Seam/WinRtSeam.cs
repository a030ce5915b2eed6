namespace PaceLink.Bluetooth.WinRt.Seam;

// The part of the Windows Runtime Bluetooth API the backend uses, one interface per WinRT object.
// Implementations in Native/ only forward calls and copy values: no decisions live there.

/// <summary>BluetoothAdapter and its Radio; opens devices and creates watchers.</summary>
internal interface IWinRtAdapter
{
    ulong Address { get; }
    RadioPower Radio { get; }
    event Action<RadioPower>? RadioChanged;

    /// <summary>BluetoothLEDevice.FromBluetoothAddressAsync: null when Windows does not know the address (no exception).</summary>
    Task<IWinRtDevice?> OpenDeviceAsync(ulong address, AddressKind? kind, CancellationToken cancellationToken);

    IWinRtWatcher CreateWatcher();
}

/// <summary>BluetoothLEDevice. Disposing it releases Windows' handle on the link.</summary>
internal interface IWinRtDevice : IDisposable
{
    string? Name { get; }
    bool IsConnected { get; }

    /// <summary>ConnectionStatusChanged to Disconnected.</summary>
    event Action? Disconnected;

    /// <summary>GattSession.FromDeviceIdAsync with MaintainConnection on.</summary>
    Task<IDisposable> OpenSessionAsync(CancellationToken cancellationToken);

    /// <summary>GetGattServicesAsync.</summary>
    Task<GattList<IWinRtService>> GetServicesAsync(DiscoveryMode mode, CancellationToken cancellationToken);

    /// <summary>GetGattServicesForUuidAsync.</summary>
    Task<GattList<IWinRtService>> GetServicesForUuidAsync(Guid uuid, DiscoveryMode mode, CancellationToken cancellationToken);
}

/// <summary>GattDeviceService. Each one holds the link open until disposed.</summary>
internal interface IWinRtService : IDisposable
{
    Guid Uuid { get; }

    /// <summary>GetCharacteristicsForUuidAsync.</summary>
    Task<GattList<IWinRtCharacteristic>> GetCharacteristicsForUuidAsync(Guid uuid, DiscoveryMode mode, CancellationToken cancellationToken);
}

/// <summary>GattCharacteristic.</summary>
internal interface IWinRtCharacteristic
{
    /// <summary>GattCharacteristicProperties; the low eight bits are the declaration's property bits.</summary>
    uint Properties { get; }

    event Action<byte[]>? ValueChanged;

    Task<GattRead> ReadAsync(DiscoveryMode mode, CancellationToken cancellationToken);

    /// <summary>WriteValueWithResultAsync, with response.</summary>
    Task<GattStatus> WriteAsync(byte[] value, CancellationToken cancellationToken);

    /// <summary>WriteClientCharacteristicConfigurationDescriptorWithResultAsync.</summary>
    Task<GattStatus> WriteCccdAsync(CccdMode mode, CancellationToken cancellationToken);
}

/// <summary>BluetoothLEAdvertisementWatcher with active scanning.</summary>
internal interface IWinRtWatcher
{
    WatcherState Status { get; }
    event Action<WinRtAdvert>? Received;

    /// <summary>The Stopped event: <see cref="WatcherError.Success"/> after Stop, anything else when Windows aborted the scan.</summary>
    event Action<WatcherError>? Stopped;

    void Start();
    void Stop();
}
