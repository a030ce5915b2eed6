using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>The messages a peripheral sends; synchronous because MessageWriter is a ref struct.</summary>
internal static class PeripheralMessages
{
    public const string GattManager = "org.bluez.GattManager1";
    public const string AdvertisingManager = "org.bluez.LEAdvertisingManager1";

    /// <summary>RegisterApplication / RegisterAdvertisement (o, a{sv}) on the adapter.</summary>
    public static MessageBuffer Register(DBusConnection bus, string adapter, string iface, string member, string path)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Service, adapter, iface, member, "oa{sv}");
        w.WriteObjectPath(path);
        w.WriteDictionary(new Dictionary<string, VariantValue>());
        return w.CreateMessage();
    }

    /// <summary>UnregisterApplication / UnregisterAdvertisement (o) on the adapter.</summary>
    public static MessageBuffer Unregister(DBusConnection bus, string adapter, string iface, string member, string path)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Service, adapter, iface, member, "o");
        w.WriteObjectPath(path);
        return w.CreateMessage();
    }

    /// <summary>PropertiesChanged with a new Value: how BlueZ learns to notify or indicate.</summary>
    public static MessageBuffer ValueChanged(DBusConnection bus, string path, byte[] value)
    {
        using var w = bus.GetMessageWriter();
        w.WriteSignalHeader(null, path, BlueZNames.Properties, "PropertiesChanged", "sa{sv}as");
        w.WriteString(BlueZNames.GattCharacteristic);
        w.WriteDictionary(new Dictionary<string, VariantValue> { ["Value"] = VariantValue.Array(value) });
        w.WriteArray(Array.Empty<string>());
        return w.CreateMessage();
    }

    public static MessageBuffer Call(DBusConnection bus, string path, string iface, string member)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Service, path, iface, member);
        return w.CreateMessage();
    }

    /// <summary>The connected devices under <paramref name="adapter"/>, from a GetManagedObjects reply.</summary>
    public static List<string> ConnectedDevices(Message m, string adapter)
    {
        var connected = new List<string>();
        foreach (var (path, interfaces) in BlueZMessages.ReadManagedObjects(m, null))
            if (path.StartsWith(adapter + "/", StringComparison.Ordinal) && interfaces.TryGetValue(BlueZNames.Device, out var d) && d.Bool("Connected") == true)
                connected.Add(path);
        return connected;
    }
}
