using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>
/// Answers bluetoothd's calls on the exported objects: ObjectManager, Properties, the
/// characteristics' ReadValue / WriteValue / StartNotify / StopNotify and the advertisement's
/// Release. Runs on the connection's receive loop, so it never waits.
/// </summary>
internal sealed class PeripheralHandler(PeripheralObjects objects, IPeripheralEvents events) : IPathMethodHandler
{
    public string Path => objects.ApplicationPath;
    public bool HandlesChildPaths => true;

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        var request = context.Request;
        var path = request.PathAsString ?? "";
        var iface = request.InterfaceAsString;
        var member = request.MemberAsString;
        try
        {
            switch (iface, member)
            {
                case (BlueZNames.ObjectManager, "GetManagedObjects") when path == objects.ApplicationPath:
                    context.Reply(ManagedObjects(context));
                    break;
                case (BlueZNames.Properties, _):
                    Properties(context, path, member);
                    break;
                case (BlueZNames.GattCharacteristic, _) when objects.IndexOf(path) is >= 0 and var i:
                    Characteristic(context, i, member);
                    break;
                case (PeripheralObjects.Advertisement, "Release"):
                    Empty(context);
                    events.AdvertisementReleased(path);
                    break;
                default:
                    context.ReplyError("org.freedesktop.DBus.Error.UnknownMethod", $"{iface}.{member} is not offered at {path}");
                    break;
            }
        }
        catch (ArgumentException e)
        {
            context.ReplyError("org.bluez.Error.InvalidArguments", e.Message);
        }
        return ValueTask.CompletedTask;
    }

    private void Characteristic(MethodContext context, int index, string? member)
    {
        var c = objects.Characteristic(index);
        switch (member)
        {
            case "ReadValue" when c.Read is { } read:
                var offset = ReadOffset(context);
                var value = read();
                using (var w = context.CreateReplyWriter("ay"))
                {
                    w.WriteArray(offset < value.Length ? value[offset..] : []);
                    context.Reply(w.CreateMessage());
                }
                break;
            case "WriteValue" when c.Write is { } write:
                var bytes = context.Request.GetBodyReader().ReadArrayOfByte();
                var answer = write(bytes);
                Empty(context);
                if (answer is not null) events.Indicate(index, answer);
                break;
            case "StartNotify" or "StopNotify" when c.Flags.Contains("notify") || c.Flags.Contains("indicate"):
                Empty(context);
                events.NotifyingChanged(index, member == "StartNotify");
                break;
            default:
                context.ReplyError("org.bluez.Error.NotSupported", $"{member} is not supported by 0x{c.Uuid:X4}");
                break;
        }
    }

    private static int ReadOffset(MethodContext context)
    {
        var options = context.Request.GetBodyReader().ReadDictionaryOfStringToVariantValue();
        return options.TryGetValue("offset", out var o) ? o.GetUInt16() : 0;
    }

    private void Properties(MethodContext context, string path, string? member)
    {
        var reader = context.Request.GetBodyReader();
        var iface = reader.ReadString();
        var props = objects.PropertiesOf(path, iface, events.IsNotifying);
        if (props is null)
        {
            context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"No interface {iface} at {path}");
            return;
        }
        if (member == "GetAll")
        {
            using var w = context.CreateReplyWriter("a{sv}");
            w.WriteDictionary(props);
            context.Reply(w.CreateMessage());
        }
        else if (member == "Get" && props.TryGetValue(reader.ReadString(), out var value))
        {
            using var w = context.CreateReplyWriter("v");
            w.WriteVariant(value);
            context.Reply(w.CreateMessage());
        }
        else context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"Properties.{member} is not offered at {path}");
    }

    private MessageBuffer ManagedObjects(MethodContext context)
    {
        var w = context.CreateReplyWriter("a{oa{sa{sv}}}");
        try
        {
            var all = w.WriteDictionaryStart();
            for (var s = 0; s < objects.Profiles.Count; s++)
                Entry(ref w, objects.ServicePath(s), PeripheralObjects.GattService, objects.ServiceProperties(s));
            for (var i = 0; i < objects.CharacteristicCount; i++)
                Entry(ref w, objects.CharacteristicPath(i), BlueZNames.GattCharacteristic, objects.CharacteristicProperties(i, events.IsNotifying(i)));
            w.WriteDictionaryEnd(all);
            return w.CreateMessage();
        }
        finally
        {
            w.Dispose();
        }
    }

    private static void Entry(ref MessageWriter w, string path, string iface, Dictionary<string, VariantValue> props)
    {
        w.WriteDictionaryEntryStart();
        w.WriteObjectPath(path);
        var ifaces = w.WriteDictionaryStart();
        w.WriteDictionaryEntryStart();
        w.WriteString(iface);
        w.WriteDictionary(props);
        w.WriteDictionaryEnd(ifaces);
    }

    private static void Empty(MethodContext context)
    {
        using var w = context.CreateReplyWriter(null!);
        context.Reply(w.CreateMessage());
    }
}

/// <summary>What the handler tells the peripheral about (called on the receive loop: must not block).</summary>
internal interface IPeripheralEvents
{
    bool IsNotifying(int index);
    void NotifyingChanged(int index, bool on);
    void Indicate(int index, byte[] value);
    void AdvertisementReleased(string path);
}
