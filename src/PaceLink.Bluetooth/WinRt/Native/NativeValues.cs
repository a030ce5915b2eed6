using PaceLink.Bluetooth.WinRt.Seam;
using Windows.Devices.Bluetooth;
using Windows.Devices.Bluetooth.GenericAttributeProfile;

namespace PaceLink.Bluetooth.WinRt.Native;

/// <summary>WinRT enums to the seam's plain values and back.</summary>
internal static class NativeValues
{
    public static BluetoothCacheMode CacheMode(DiscoveryMode mode) => mode == DiscoveryMode.Cached ? BluetoothCacheMode.Cached : BluetoothCacheMode.Uncached;

    public static GattStatus Status(GattCommunicationStatus status, byte? protocolError) => status switch
    {
        GattCommunicationStatus.Success => GattStatus.Success,
        GattCommunicationStatus.Unreachable => new(GattOutcome.Unreachable),
        GattCommunicationStatus.AccessDenied => new(GattOutcome.AccessDenied),
        _ => new(GattOutcome.ProtocolError, protocolError),
    };
}
