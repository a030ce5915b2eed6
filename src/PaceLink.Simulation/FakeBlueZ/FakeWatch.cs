using System.Collections.Concurrent;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Core.Gatt;
using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>A characteristic a registered program offers, as the watch found it.</summary>
public sealed record WatchedCharacteristic(string Sender, string Path, ushort Service, ushort Uuid, IReadOnlyList<string> Flags);

/// <summary>An advertisement a registered program offers: its name and service UUIDs.</summary>
public sealed record WatchedAdvertisement(string LocalName, IReadOnlyList<ushort> Services);

/// <summary>
/// A central connected to the fake adapter from the air, as a watch paired with a relayed sensor:
/// it reads what programs registered through GattManager1 and LEAdvertisingManager1, reads
/// values and subscribes to notifications with the very calls bluetoothd makes on the program's
/// objects (GetManagedObjects, Properties.GetAll, ReadValue, StartNotify) and keeps every Value the
/// program announces. After a bluetoothd restart (<see cref="FakeBlueZ.Vanish"/>) a watch, like a real
/// one reconnecting, subscribes again; what it received before is kept.
/// </summary>
public sealed class FakeWatch(FakeBlueZ fake) : IDisposable
{
    private readonly ConcurrentDictionary<(ushort Service, ushort Uuid), ConcurrentQueue<byte[]>> _received = new();
    private readonly List<IDisposable> _subscriptions = [];

    /// <summary>Every characteristic of every registered application.</summary>
    public async Task<IReadOnlyList<WatchedCharacteristic>> CharacteristicsAsync()
    {
        var bus = Bus();
        var found = new List<WatchedCharacteristic>();
        foreach (var (sender, root) in fake.Applications)
            found.AddRange(await bus.CallMethodAsync(Call(bus, sender, root, BlueZNames.ObjectManager, "GetManagedObjects"), (m, _) => ReadApplication(m, sender)).ConfigureAwait(false));
        return found;
    }

    /// <summary>Every registered advertisement's name and services.</summary>
    public async Task<IReadOnlyList<WatchedAdvertisement>> AdvertisementsAsync()
    {
        var bus = Bus();
        var found = new List<WatchedAdvertisement>();
        foreach (var (sender, path) in fake.Advertisements)
            found.Add(await bus.CallMethodAsync(GetAll(bus, sender, path, "org.bluez.LEAdvertisement1"), (m, _) =>
            {
                var props = m.GetBodyReader().ReadDictionaryOfStringToVariantValue();
                var services = props.TryGetValue("ServiceUUIDs", out var u) ? u.GetArray<string>().Select(Short).ToList() : [];
                return new WatchedAdvertisement(props.TryGetValue("LocalName", out var n) ? n.GetString() : "", services);
            }).ConfigureAwait(false));
        return found;
    }

    /// <summary>Reads characteristic <paramref name="uuid"/> of service <paramref name="service"/>.</summary>
    public async Task<byte[]> ReadAsync(ushort service, ushort uuid)
    {
        var c = await FindAsync(service, uuid).ConfigureAwait(false);
        var bus = Bus();
        return await bus.CallMethodAsync(ReadValue(bus, c), (m, _) => m.GetBodyReader().ReadArrayOfByte()).ConfigureAwait(false);
    }

    /// <summary>Subscribes to notifications of characteristic <paramref name="uuid"/> of service <paramref name="service"/>.</summary>
    public async Task SubscribeAsync(ushort service, ushort uuid)
    {
        var c = await FindAsync(service, uuid).ConfigureAwait(false);
        var bus = Bus();
        var queue = _received.GetOrAdd((service, uuid), _ => new ConcurrentQueue<byte[]>());
        var watch = await bus.AddMatchAsync(
            new MatchRule { Type = MessageType.Signal, Sender = c.Sender, Path = c.Path, Interface = BlueZNames.Properties, Member = "PropertiesChanged" },
            (m, _) =>
            {
                var r = m.GetBodyReader();
                r.ReadString();
                var changed = r.ReadDictionaryOfStringToVariantValue();
                return changed.TryGetValue("Value", out var v) ? v.GetArray<byte>() : null;
            },
            (Notification<byte[]?> n) => { if (n.HasValue && n.Value is { } value) queue.Enqueue(value); },
            emitOnCapturedContext: false).ConfigureAwait(false);
        lock (_subscriptions) _subscriptions.Add(watch);
        await bus.CallMethodAsync(Call(bus, c.Sender, c.Path, BlueZNames.GattCharacteristic, "StartNotify")).ConfigureAwait(false);
    }

    /// <summary>Every value notified on the characteristic since the first subscription, in order.</summary>
    public IReadOnlyList<byte[]> Received(ushort service, ushort uuid) =>
        _received.TryGetValue((service, uuid), out var q) ? q.ToArray() : [];

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var s in _subscriptions) s.Dispose();
            _subscriptions.Clear();
        }
    }

    private async Task<WatchedCharacteristic> FindAsync(ushort service, ushort uuid) =>
        (await CharacteristicsAsync().ConfigureAwait(false)).FirstOrDefault(c => c.Service == service && c.Uuid == uuid)
        ?? throw new InvalidOperationException($"no registered application offers 0x{uuid:X4} in service 0x{service:X4}");

    private DBusConnection Bus() => fake.Bus ?? throw new InvalidOperationException("bluetoothd is not on the bus");

    private static List<WatchedCharacteristic> ReadApplication(Message m, string sender)
    {
        var services = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var characteristics = new List<(string Path, string Service, ushort Uuid, string[] Flags)>();
        var r = m.GetBodyReader();
        var all = r.ReadDictionaryStart();
        while (r.HasNext(all))
        {
            var path = r.ReadObjectPathAsString();
            var ifaces = r.ReadDictionaryStart();
            while (r.HasNext(ifaces))
            {
                var iface = r.ReadString();
                var props = r.ReadDictionaryOfStringToVariantValue();
                if (iface == BlueZNames.GattService) services[path] = Short(props["UUID"].GetString());
                else if (iface == BlueZNames.GattCharacteristic)
                    characteristics.Add((path, props["Service"].GetObjectPathAsString(), Short(props["UUID"].GetString()), props["Flags"].GetArray<string>()));
            }
        }
        return characteristics.Select(c => new WatchedCharacteristic(sender, c.Path, services.GetValueOrDefault(c.Service), c.Uuid, c.Flags)).ToList();
    }

    private static ushort Short(string uuid) => GattIds.TryParse(uuid, out var id) ? id : (ushort)0;

    private static MessageBuffer Call(DBusConnection bus, string destination, string path, string iface, string member)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(destination, path, iface, member);
        return w.CreateMessage();
    }

    private static MessageBuffer GetAll(DBusConnection bus, string destination, string path, string iface)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(destination, path, BlueZNames.Properties, "GetAll", "s");
        w.WriteString(iface);
        return w.CreateMessage();
    }

    private static MessageBuffer ReadValue(DBusConnection bus, WatchedCharacteristic c)
    {
        using var w = bus.GetMessageWriter();
        w.WriteMethodCallHeader(c.Sender, c.Path, BlueZNames.GattCharacteristic, "ReadValue", "a{sv}");
        w.WriteDictionary(new Dictionary<string, VariantValue>());
        return w.CreateMessage();
    }
}
