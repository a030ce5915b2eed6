using System.Globalization;
using System.Runtime.InteropServices;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>GATT statuses and WinRT exceptions as the backend's typed, user-facing errors.</summary>
internal static class WinRtStatus
{
    public static void ThrowIfFailed(GattStatus status, string what)
    {
        switch (status.Outcome)
        {
            case GattOutcome.Success:
                return;
            case GattOutcome.AccessDenied:
                // Windows says AccessDenied when another program holds the device or while it is still
                // setting up a connection; both pass, so the link keeps trying.
                throw new BluetoothException(
                    $"Windows denied access while {what}. Another program may be using the sensor (close fitness apps, or remove the sensor from Settings > Bluetooth & devices if another PC paired it); PaceLink keeps trying.",
                    isTransient: true);
            case GattOutcome.Unreachable:
                throw new DeviceUnreachableException($"The device was unreachable while {what}. Is it awake and in range?");
            default:
                throw Protocol(status.ProtocolError, what);
        }
    }

    private static BluetoothException Protocol(byte? code, string what)
    {
        if (code is not { } c)
            return new BluetoothException($"The device reported a protocol error while {what}.", isTransient: true);
        var hex = "0x" + c.ToString("X2", CultureInfo.InvariantCulture);
        return c switch
        {
            0x05 or 0x08 or 0x0C or 0x0F => new GattProtocolException(c,
                $"The device refused {what} until it is paired (ATT error {hex}, {AttName(c)}). Pair it in Settings > Bluetooth & devices > Add device, then start PaceLink again.",
                isTransient: false),
            // "Unlikely error" and "insufficient resources" describe a busy device, not a refusal.
            0x0E or 0x11 => new GattProtocolException(c, $"The device could not answer while {what} (ATT error {hex}, {AttName(c)}).", isTransient: true),
            _ => new GattProtocolException(c, $"The device refused {what} (ATT error {hex}, {AttName(c)}).", isTransient: false),
        };
    }

    private static string AttName(byte code) => code switch
    {
        0x01 => "invalid handle",
        0x02 => "read not permitted",
        0x03 => "write not permitted",
        0x05 => "insufficient authentication",
        0x06 => "request not supported",
        0x08 => "insufficient authorization",
        0x0C => "insufficient encryption key size",
        0x0D => "invalid attribute value length",
        0x0E => "unlikely error",
        0x0F => "insufficient encryption",
        0x11 => "insufficient resources",
        0xFD => "client characteristic configuration descriptor improperly configured",
        _ => "see the Bluetooth Core specification",
    };

    /// <summary>Runs a WinRT call; the exceptions WinRT throws become the backend's typed errors.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (COMException e)
        {
            throw FromCom(e, what);
        }
        catch (ObjectDisposedException e)
        {
            // The device or service object was closed underneath the call: the link went away.
            throw new DeviceUnreachableException($"The connection closed while {what}.", e);
        }
    }

    public static Task Guard(Func<Task> call, string what) => Guard(async () => { await call().ConfigureAwait(false); return true; }, what);

    private const int AttFacility = 0x65; // FACILITY_BLUETOOTH_ATT: the low byte is the ATT error code

    private static BluetoothException FromCom(COMException e, string what)
    {
        var hr = unchecked((uint)e.HResult);
        if (((hr >> 16) & 0x7FF) == AttFacility)
        {
            var mapped = Protocol((byte)(hr & 0xFF), what);
            return mapped;
        }
        return hr switch
        {
            0x80070005 => new BluetoothException($"Windows denied access while {what}. Another program may be using the sensor; PaceLink keeps trying.", true, e),
            0x80070490 => new DeviceUnreachableException($"Windows does not know the device any more ({what}). Is it awake and in range?", e),
            _ => new DeviceUnreachableException($"Windows reported 0x{hr:X8} while {what} ({e.Message.Trim()}).", e),
        };
    }
}
