using PaceLink.Bluetooth.Abstractions;
using Windows.Devices.Bluetooth.GenericAttributeProfile;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>GATT status codes as user-facing exceptions.</summary>
internal static class WinRtStatus
{
    public static void ThrowIfFailed(GattCommunicationStatus status, string what)
    {
        switch (status)
        {
            case GattCommunicationStatus.Success:
                return;
            case GattCommunicationStatus.AccessDenied:
                throw new BluetoothPermissionException(
                    $"Windows denied access while {what}. Allow Bluetooth for this app (Settings > Privacy & security) and check the device is not held by another app.");
            case GattCommunicationStatus.Unreachable:
                throw new DeviceUnreachableException($"The device was unreachable while {what}. Is it awake and in range?");
            default:
                throw new BluetoothException($"The device reported a protocol error while {what} ({status}).", isTransient: true);
        }
    }
}
