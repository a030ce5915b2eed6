using System.Collections.Concurrent;
using PaceLink.Bluetooth.BlueZ;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.Tests.BlueZ.Peripheral;

/// <summary>
/// The part of bluetoothd a peripheral talks to, on a private bus: GattManager1 and
/// LEAdvertisingManager1 on /org/bluez/hci1. On registration it reads the application's objects
/// back like bluetoothd does; the test then plays the remote central through the same calls
/// bluetoothd makes (ReadValue, WriteValue, StartNotify) and watches the Value signals.
/// </summary>
internal sealed class BluetoothdStub : IPathMethodHandler, IAsyncDisposable
{
    private readonly DBusConnection _bus;
    private IDisposable? _signals;

    private BluetoothdStub(DBusConnection bus) => _bus = bus;

    public string Path => "/";
    public bool HandlesChildPaths => true;

    /// <summary>"RegisterApplication /org/pacelink/peripheral", "UnregisterAdvertisement …", in order.</summary>
    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>Characteristic UUIDs found by reading the application back after each registration.</summary>
    public ConcurrentQueue<string> RegisteredCharacteristics { get; } = new();

    /// <summary>Every Value the peripheral announced: (object path, bytes).</summary>
    public ConcurrentQueue<(string Path, byte[] Value)> Values { get; } = new();

    /// <summary>The peripheral's unique bus name, learnt from its registration.</summary>
    public string? Peripheral { get; private set; }

    public static async Task<BluetoothdStub> StartAsync(string address)
    {
        var bus = new DBusConnection(address);
        await bus.ConnectAsync();
        var stub = new BluetoothdStub(bus);
        bus.AddMethodHandler(stub);
        await bus.RequestNameAsync(BlueZNames.Service);
        await stub.WatchValuesAsync();
        return stub;
    }

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        var member = context.Request.MemberAsString ?? "";
        if (member == "GetManagedObjects")
        {
            // The adapter with a GATT server and advertising, and no devices: nobody is connected to switch off.
            var objects = context.CreateReplyWriter("a{oa{sa{sv}}}");
            try
            {
                var all = objects.WriteDictionaryStart();
                objects.WriteDictionaryEntryStart();
                objects.WriteObjectPath("/org/bluez/hci1");
                var ifaces = objects.WriteDictionaryStart();
                objects.WriteDictionaryEntryStart();
                objects.WriteString(BlueZNames.Adapter);
                objects.WriteDictionary(new Dictionary<string, VariantValue> { ["Powered"] = VariantValue.Bool(true) });
                foreach (var manager in new[] { "org.bluez.GattManager1", "org.bluez.LEAdvertisingManager1" })
                {
                    objects.WriteDictionaryEntryStart();
                    objects.WriteString(manager);
                    objects.WriteDictionary(new Dictionary<string, VariantValue>());
                }
                objects.WriteDictionaryEnd(ifaces);
                objects.WriteDictionaryEnd(all);
                context.Reply(objects.CreateMessage());
            }
            finally
            {
                objects.Dispose();
            }
            return ValueTask.CompletedTask;
        }
        var path = context.Request.GetBodyReader().ReadObjectPathAsString();
        Peripheral = context.Request.SenderAsString;
        Calls.Enqueue($"{member} {path}");
        using (var w = context.CreateReplyWriter(null!)) context.Reply(w.CreateMessage());
        if (member == "RegisterApplication") _ = Task.Run(() => ReadBackAsync(path));
        return ValueTask.CompletedTask;
    }

    private async Task ReadBackAsync(string root)
    {
        var objects = await _bus.CallMethodAsync(Message(root, BlueZNames.ObjectManager, "GetManagedObjects"), (m, _) =>
        {
            var uuids = new List<string>();
            var r = m.GetBodyReader();
            var end = r.ReadDictionaryStart();
            while (r.HasNext(end))
            {
                r.ReadObjectPathAsString();
                var ifaces = r.ReadDictionaryStart();
                while (r.HasNext(ifaces))
                {
                    var iface = r.ReadString();
                    var props = r.ReadDictionaryOfStringToVariantValue();
                    if (iface == BlueZNames.GattCharacteristic) uuids.Add(props["UUID"].GetString() + " " + string.Join(",", props["Flags"].GetArray<string>()));
                }
            }
            return uuids;
        });
        foreach (var uuid in objects) RegisteredCharacteristics.Enqueue(uuid);
    }

    /// <summary>Calls a method on the peripheral's object with no arguments (StartNotify) or an options dictionary (ReadValue).</summary>
    public Task<byte[]> ReadValueAsync(string path) =>
        _bus.CallMethodAsync(MessageWithOptions(path, "ReadValue"), (m, _) => m.GetBodyReader().ReadArrayOfByte());

    public Task StartNotifyAsync(string path) => _bus.CallMethodAsync(Message(path, BlueZNames.GattCharacteristic, "StartNotify"));

    public Task WriteValueAsync(string path, byte[] value)
    {
        using var w = _bus.GetMessageWriter();
        w.WriteMethodCallHeader(Peripheral, path, BlueZNames.GattCharacteristic, "WriteValue", "aya{sv}");
        w.WriteArray(value);
        w.WriteDictionary(new Dictionary<string, VariantValue>());
        return _bus.CallMethodAsync(w.CreateMessage());
    }

    private MessageBuffer Message(string path, string iface, string member)
    {
        using var w = _bus.GetMessageWriter();
        w.WriteMethodCallHeader(Peripheral, path, iface, member);
        return w.CreateMessage();
    }

    private MessageBuffer MessageWithOptions(string path, string member)
    {
        using var w = _bus.GetMessageWriter();
        w.WriteMethodCallHeader(Peripheral, path, BlueZNames.GattCharacteristic, member, "a{sv}");
        w.WriteDictionary(new Dictionary<string, VariantValue>());
        return w.CreateMessage();
    }

    /// <summary>Starts recording Value changes from the peripheral.</summary>
    public async Task WatchValuesAsync()
    {
        _signals?.Dispose();
        _signals = await _bus.AddMatchAsync(
            new MatchRule { Type = MessageType.Signal, Interface = BlueZNames.Properties, Member = "PropertiesChanged" },
            (m, _) =>
            {
                var r = m.GetBodyReader();
                r.ReadString();
                var changed = r.ReadDictionaryOfStringToVariantValue();
                return (m.PathAsString ?? "", changed.TryGetValue("Value", out var v) ? v.GetArray<byte>() : []);
            },
            (Notification<(string, byte[])> n) => { if (n.HasValue) Values.Enqueue(n.Value); },
            emitOnCapturedContext: false);
    }

    /// <summary>bluetoothd stops and starts again: the name is released and taken anew.</summary>
    public async Task RestartAsync()
    {
        await _bus.ReleaseNameAsync(BlueZNames.Service);
        await _bus.RequestNameAsync(BlueZNames.Service);
    }

    public ValueTask DisposeAsync()
    {
        _signals?.Dispose();
        _bus.Dispose();
        return ValueTask.CompletedTask;
    }
}
