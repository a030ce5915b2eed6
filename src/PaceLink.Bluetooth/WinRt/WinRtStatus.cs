using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>GATT status codes as user-facing exceptions.</summary>
internal static class WinRtStatus
{
    public static void ThrowIfFailed(GattStatus status, string what)
    {
        switch (status.Outcome)
        {
            case GattOutcome.Success:
                return;
            case GattOutcome.AccessDenied:
                throw new BluetoothPermissionException(
                    $"Windows denied access while {what}. Allow Bluetooth for this app (Settings > Privacy & security) and check the device is not held by another app.");
            case GattOutcome.Unreachable:
                throw new DeviceUnreachableException($"The device was unreachable while {what}. Is it awake and in range?");
            default:
                throw new BluetoothException($"The device reported a protocol error while {what} ({status.Outcome}).", isTransient: true);
        }
    }
}
