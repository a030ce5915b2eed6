namespace PaceLink.Bluetooth.WinRt.Seam;

// Plain values for what the Windows Runtime reports, so the backend's decisions can be tested
// without activating a single WinRT class. Each mirrors one WinRT type; Native/ does the copying.

/// <summary>GattCommunicationStatus.</summary>
internal enum GattOutcome { Success, Unreachable, ProtocolError, AccessDenied }

/// <summary>A GATT call's status and, for <see cref="GattOutcome.ProtocolError"/>, the ATT error code the device sent.</summary>
internal readonly record struct GattStatus(GattOutcome Outcome, byte? ProtocolError = null)
{
    public static GattStatus Success => new(GattOutcome.Success);
}

/// <summary>A list a discovery returned, with its status (GattDeviceServicesResult, GattCharacteristicsResult).</summary>
internal sealed record GattList<T>(GattStatus Status, IReadOnlyList<T> Items);

/// <summary>GattReadResult.</summary>
internal sealed record GattRead(GattStatus Status, byte[] Value);

/// <summary>BluetoothCacheMode: whether Windows may answer from its copy of the device's GATT database.</summary>
internal enum DiscoveryMode { Cached, Uncached }

/// <summary>BluetoothAddressType, as the advertisement reported it.</summary>
internal enum AddressKind { Public, Random }

/// <summary>The radio as Windows reports it; <see cref="Missing"/> when the adapter has none (RadioState plus a null Radio).</summary>
internal enum RadioPower { Missing, Unknown, On, Off, Disabled }

/// <summary>GattClientCharacteristicConfigurationDescriptorValue.</summary>
internal enum CccdMode { None, Notify, Indicate }

/// <summary>BluetoothLEAdvertisementWatcherStatus.</summary>
internal enum WatcherState { Created, Started, Stopping, Stopped, Aborted }

/// <summary>BluetoothError, as a stopped watcher reports it.</summary>
internal enum WatcherError { Success, RadioNotAvailable, ResourceInUse, DeviceNotConnected, OtherError, DisabledByPolicy, NotSupported, DisabledByUser, ConsentRequired, TransportNotSupported }

/// <summary>One received advertisement or scan response (BluetoothLEAdvertisementReceivedEventArgs).</summary>
internal sealed record WinRtAdvert(
    ulong Address, AddressKind AddressKind, bool IsScanResponse, bool IsConnectable, string? LocalName, IReadOnlyList<Guid> ServiceUuids, short Rssi);
