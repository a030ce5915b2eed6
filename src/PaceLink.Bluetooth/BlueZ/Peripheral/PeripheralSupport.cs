using PaceLink.Bluetooth.Abstractions;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>
/// Whether an adapter can be a sensor, read from BlueZ's objects before registering anything, and
/// the sentences for BlueZ's refusals. BlueZ puts GattManager1 (a local GATT server) and
/// LEAdvertisingManager1 (LE advertising) on an adapter only when it and its controller can do them.
/// The sentences say what would help (another adapter) without naming a command's options: which
/// option picks the adapter depends on the command, so its caller adds that.
/// </summary>
internal static class PeripheralSupport
{
    public const string TooOldAdvice = "Update BlueZ (`bluetoothctl --version` shows yours; 5.66 is known to work), or use another adapter.";

    /// <summary>
    /// Throws when <paramref name="adapter"/> ("/org/bluez/hci1") is missing or cannot serve; returns
    /// its roles as BlueZ lists them ("central", "peripheral", "central-peripheral"), or null when
    /// this BlueZ does not say.
    /// </summary>
    public static string[]? Check(IReadOnlyDictionary<string, InterfaceMap> objects, string adapter)
    {
        var name = adapter[(adapter.LastIndexOf('/') + 1)..];
        if (!objects.TryGetValue(adapter, out var found) || !found.TryGetValue(BlueZNames.Adapter, out var props))
            throw new NoAdapterException(BlueZErrors.NoAdapter(name));
        var gatt = found.ContainsKey(PeripheralMessages.GattManager);
        var advertising = found.ContainsKey(PeripheralMessages.AdvertisingManager);
        if (!gatt && !advertising)
            throw new PeripheralUnsupportedException(
                $"BlueZ offers neither a GATT server (GattManager1) nor LE advertising (LEAdvertisingManager1) on {name}: " +
                $"this BlueZ is too old for advertising, or {name} is not an LE adapter. {TooOldAdvice}");
        if (!advertising)
            throw new PeripheralUnsupportedException(
                $"The adapter {name} cannot advertise as an LE peripheral (BlueZ offers no LEAdvertisingManager1 on it). " +
                "Use an adapter that supports the LE peripheral role (Bluetooth 4.0 or newer).");
        if (!gatt)
            throw new PeripheralUnsupportedException(
                $"The adapter {name} has no GATT server (BlueZ offers no GattManager1 on it). Use another adapter.");
        if (!props.Bool("Powered"))
            throw new AdapterOffException(BlueZErrors.AdapterOff(name));
        return props.ContainsKey("Roles") ? props.Strings("Roles") : null;
    }

    /// <summary>Refuses an adapter that cannot be central and peripheral at once when it has to be both.</summary>
    public static void CheckBothRoles(IReadOnlyList<string>? roles, string adapterName, Action<string> log)
    {
        if (roles is null)
        {
            log($"BlueZ does not say whether {adapterName} can be central (to the sensors) and peripheral (to the watch) at once; " +
                "if the watch never finds the relay while the sensors are connected, use a second adapter for the watch");
            return;
        }
        if (roles.Contains("central-peripheral")) return;
        throw new PeripheralUnsupportedException(
            $"The adapter {adapterName} cannot be central (to the pod and strap) and peripheral (to the watch) at once: " +
            $"BlueZ lists its roles as {(roles.Count == 0 ? "none" : string.Join(", ", roles))}. " +
            "Plug in a second Bluetooth LE adapter for the watch.");
    }

    /// <summary>A sentence for BlueZ refusing to register the application or an advertisement; null when it is not one of those.</summary>
    public static BluetoothException? Refusal(DBusErrorReplyException e, string adapterName) => e.ErrorName switch
    {
        "org.bluez.Error.AlreadyExists" => new PeripheralBusyException(
            $"BlueZ already has a PaceLink relay or emulator registered on {adapterName} ({e.ErrorMessage}). " +
            "Stop the other one first, or use another adapter.", e),
        "org.bluez.Error.NotPermitted" when e.ErrorMessage.Contains("advertisement", StringComparison.OrdinalIgnoreCase) => new PeripheralBusyException(
            $"{adapterName} has no free advertisement slot ({e.ErrorMessage}): another relay, emulator or program is advertising on it. " +
            "Stop it, or use another adapter.", e),
        "org.freedesktop.DBus.Error.UnknownMethod" or "org.freedesktop.DBus.Error.UnknownInterface" => new PeripheralUnsupportedException(
            $"This BlueZ is too old for advertising: it does not know {e.ErrorMessage}. {TooOldAdvice}", e),
        _ => null,
    };
}
