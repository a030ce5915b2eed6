using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>
/// Builds and reads the D-Bus messages PaceLink exchanges with BlueZ. Every method is synchronous
/// because MessageWriter and Reader are ref structs that must not live across an await.
/// </summary>
internal static class BlueZMessages
{
    public static MessageBuffer Call(DBusConnection bus, string path, string iface, string member)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Service, path, iface, member);
        return w.CreateMessage();
    }

    /// <summary>A call whose only argument is an options dictionary (a{sv}).</summary>
    public static MessageBuffer CallWithOptions(DBusConnection bus, string path, string iface, string member, Dictionary<string, VariantValue> options)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Service, path, iface, member, "a{sv}");
        w.WriteDictionary(options);
        return w.CreateMessage();
    }

    public static MessageBuffer SetProperty(DBusConnection bus, string path, string iface, string name, VariantValue value)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Service, path, BlueZNames.Properties, "Set", "ssv");
        w.WriteString(iface);
        w.WriteString(name);
        w.WriteVariant(value);
        return w.CreateMessage();
    }

    public static MessageBuffer WriteValue(DBusConnection bus, string path, byte[] value, string type)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Service, path, BlueZNames.GattCharacteristic, "WriteValue", "aya{sv}");
        w.WriteArray(value);
        w.WriteDictionary(new Dictionary<string, VariantValue> { ["type"] = VariantValue.String(type) });
        return w.CreateMessage();
    }

    public static MessageBuffer GetNameOwner(DBusConnection bus, string name)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(BlueZNames.Bus, "/org/freedesktop/DBus", BlueZNames.Bus, "GetNameOwner", "s");
        w.WriteString(name);
        return w.CreateMessage();
    }

    public static string ReadString(Message m, object? _) => m.GetBodyReader().ReadString();

    public static byte[] ReadBytes(Message m, object? _) => m.GetBodyReader().ReadArrayOfByte();

    /// <summary>GetManagedObjects reply: a{oa{sa{sv}}}.</summary>
    public static Dictionary<string, InterfaceMap> ReadManagedObjects(Message m, object? _)
    {
        var r = m.GetBodyReader();
        var objects = new Dictionary<string, InterfaceMap>(StringComparer.Ordinal);
        var end = r.ReadDictionaryStart();
        while (r.HasNext(end))
        {
            var path = r.ReadObjectPathAsString();
            objects[path] = ReadInterfaces(ref r);
        }
        return objects;
    }

    /// <summary>InterfacesAdded signal: o a{sa{sv}}.</summary>
    public static InterfacesAddedSignal ReadInterfacesAdded(Message m, object? _)
    {
        var r = m.GetBodyReader();
        var path = r.ReadObjectPathAsString();
        return new InterfacesAddedSignal(m.SenderAsString ?? "", path, ReadInterfaces(ref r));
    }

    /// <summary>InterfacesRemoved signal: o as.</summary>
    public static InterfacesRemovedSignal ReadInterfacesRemoved(Message m, object? _)
    {
        var r = m.GetBodyReader();
        var path = r.ReadObjectPathAsString();
        return new InterfacesRemovedSignal(m.SenderAsString ?? "", path, r.ReadArrayOfString());
    }

    /// <summary>PropertiesChanged signal: s a{sv} as.</summary>
    public static PropertiesChangedSignal ReadPropertiesChanged(Message m, object? _)
    {
        var r = m.GetBodyReader();
        var iface = r.ReadString();
        var changed = new PropertyMap(r.ReadDictionaryOfStringToVariantValue());
        var invalidated = r.ReadArrayOfString();
        return new PropertiesChangedSignal(m.SenderAsString ?? "", m.PathAsString ?? "", iface, changed, invalidated);
    }

    /// <summary>NameOwnerChanged signal: s s s (name, old owner, new owner).</summary>
    public static NameOwnerChangedSignal ReadNameOwnerChanged(Message m, object? _)
    {
        var r = m.GetBodyReader();
        return new NameOwnerChangedSignal(r.ReadString(), r.ReadString(), r.ReadString());
    }

    private static InterfaceMap ReadInterfaces(ref Reader r)
    {
        var interfaces = new InterfaceMap();
        var end = r.ReadDictionaryStart();
        while (r.HasNext(end))
        {
            var name = r.ReadString();
            interfaces[name] = new PropertyMap(r.ReadDictionaryOfStringToVariantValue());
        }
        return interfaces;
    }
}

internal sealed record InterfacesAddedSignal(string Sender, string Path, InterfaceMap Interfaces);
internal sealed record InterfacesRemovedSignal(string Sender, string Path, string[] Interfaces);
internal sealed record PropertiesChangedSignal(string Sender, string Path, string Interface, PropertyMap Changed, string[] Invalidated);
internal sealed record NameOwnerChangedSignal(string Name, string OldOwner, string NewOwner);
