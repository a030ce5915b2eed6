using System.Net.Sockets;
using PaceLink.Bluetooth.Abstractions;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>Turns D-Bus and BlueZ failures into <see cref="BluetoothException"/>s with sentences a user can act on.</summary>
internal static class BlueZErrors
{
    public const string PermissionDenied =
        "This user may not talk to the Bluetooth service (org.bluez) on the system bus. " +
        "Add the user to the 'bluetooth' group (sudo usermod -aG bluetooth $USER, then log out and in again) " +
        "or run PaceLink as a service user in that group; see hardware-notes/linux-setup.md.";

    public const string ServiceNotRunning =
        "No Bluetooth adapter found: the Bluetooth service (bluetoothd) is not running. " +
        "Install and start it (sudo apt install bluez; sudo systemctl enable --now bluetooth).";

    public static string NoAdapter(string? wanted) => wanted is null
        ? "No Bluetooth adapter found. Plug in a Bluetooth LE adapter (check `bluetoothctl list`)."
        : $"No Bluetooth adapter named {wanted} found. Check `bluetoothctl list`.";

    public static string AdapterOff(string name) =>
        $"The Bluetooth adapter {name} is switched off. Switch it on with `bluetoothctl power on` (and check `rfkill list`).";

    public static string BusUnreachable(string address) =>
        $"Cannot reach the system bus ({address}). Is D-Bus running? Set DBUS_SYSTEM_BUS_ADDRESS if it lives elsewhere.";

    /// <summary>The exception to throw for <paramref name="error"/> raised while doing <paramref name="what"/> ("connecting to HRM-Pro").</summary>
    public static Exception Translate(Exception error, string what) => error switch
    {
        BluetoothException or OperationCanceledException => error,
        DBusErrorReplyException reply => TranslateReply(reply, what),
        DBusConnectFailedException connect when IsPermission(connect) => new BluetoothPermissionException(PermissionDenied, connect),
        DBusConnectionException closed => new NoAdapterException($"Lost the system bus while {what}: {closed.Message}", closed),
        TimeoutException timeout => new DeviceUnreachableException($"Timed out while {what}.", timeout),
        _ => error,
    };

    private static Exception TranslateReply(DBusErrorReplyException e, string what) => e.ErrorName switch
    {
        "org.freedesktop.DBus.Error.AccessDenied" => new BluetoothPermissionException(PermissionDenied, e),
        "org.freedesktop.DBus.Error.ServiceUnknown" or "org.freedesktop.DBus.Error.NameHasNoOwner" => new NoAdapterException(ServiceNotRunning, e),
        "org.freedesktop.DBus.Error.UnknownObject" or "org.freedesktop.DBus.Error.UnknownMethod" =>
            new DeviceUnreachableException($"BlueZ no longer has the object needed for {what}; the device or adapter went away.", e),
        "org.bluez.Error.NotReady" => new AdapterOffException($"The Bluetooth adapter is switched off ({what}). Switch it on with `bluetoothctl power on`."),
        "org.bluez.Error.NotAuthorized" or "org.bluez.Error.NotPermitted" =>
            new BluetoothException($"The device refused {what}: {e.ErrorMessage}", false, e),
        _ => new DeviceUnreachableException($"Failed {what}: {e.ErrorMessage} ({e.ErrorName}).", e),
    };

    private static bool IsPermission(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is SocketException { SocketErrorCode: SocketError.AccessDenied }) return true;
            if (x is UnauthorizedAccessException) return true;
            if (x.Message.Contains("denied", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when BlueZ says the link needs pairing before this operation.</summary>
    public static bool NeedsPairing(DBusErrorReplyException e) =>
        e.ErrorName is "org.bluez.Error.AuthenticationRequired" or "org.bluez.Error.InsufficientAuthentication" ||
        e.ErrorMessage.Contains("authentication", StringComparison.OrdinalIgnoreCase);
}
