namespace PaceLink.Bluetooth.BlueZ;

/// <summary>The BlueZ D-Bus names PaceLink uses (BlueZ doc/org.bluez.*.rst).</summary>
public static class BlueZNames
{
    public const string Service = "org.bluez";
    public const string Adapter = "org.bluez.Adapter1";
    public const string Device = "org.bluez.Device1";
    public const string GattService = "org.bluez.GattService1";
    public const string GattCharacteristic = "org.bluez.GattCharacteristic1";
    public const string Battery = "org.bluez.Battery1";
    public const string ObjectManager = "org.freedesktop.DBus.ObjectManager";
    public const string Properties = "org.freedesktop.DBus.Properties";
    public const string Bus = "org.freedesktop.DBus";

    /// <summary>"/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF" for an adapter path and an address.</summary>
    public static string DevicePath(string adapterPath, string address) =>
        $"{adapterPath}/dev_{address.ToUpperInvariant().Replace(':', '_')}";
}
