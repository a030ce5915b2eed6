using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>
/// The object paths and properties a peripheral exports on its own D-Bus connection: one GATT
/// application holding every profile's service (service0, service1, …, each with its
/// characteristics char0, char1, …) and one LE advertisement per advertised profile
/// (advertisement0, …) (BlueZ doc/org.bluez.GattManager.rst, org.bluez.LEAdvertisement.rst).
/// Characteristics are numbered across all services in one flat index.
/// </summary>
internal sealed class PeripheralObjects
{
    public const string GattService = "org.bluez.GattService1";
    public const string Advertisement = "org.bluez.LEAdvertisement1";

    private readonly List<(int Service, PeripheralCharacteristic Characteristic, string Path)> _characteristics = [];
    private readonly List<PeripheralProfile> _advertised;

    public PeripheralObjects(IReadOnlyList<PeripheralProfile> profiles, string root)
    {
        if (profiles.Count == 0) throw new ArgumentException("a peripheral offers at least one service", nameof(profiles));
        Profiles = profiles;
        ApplicationPath = root;
        for (var s = 0; s < profiles.Count; s++)
            for (var c = 0; c < profiles[s].Characteristics.Count; c++)
                _characteristics.Add((s, profiles[s].Characteristics[c], $"{ServicePath(s)}/char{c}"));
        _advertised = profiles.Where(p => p.Advertised).ToList();
    }

    public IReadOnlyList<PeripheralProfile> Profiles { get; }
    public string ApplicationPath { get; }

    /// <summary>Characteristics across all services.</summary>
    public int CharacteristicCount => _characteristics.Count;

    /// <summary>Advertisements, one per advertised profile.</summary>
    public int AdvertisementCount => _advertised.Count;

    public string ServicePath(int service) => $"{ApplicationPath}/service{service}";
    public string AdvertisementPath(int advertisement) => $"{ApplicationPath}/advertisement{advertisement}";
    public string CharacteristicPath(int index) => _characteristics[index].Path;
    public PeripheralCharacteristic Characteristic(int index) => _characteristics[index].Characteristic;
    public PeripheralProfile Advertised(int advertisement) => _advertised[advertisement];

    /// <summary>The flat index of the characteristic at <paramref name="path"/>, or -1.</summary>
    public int IndexOf(string path) => _characteristics.FindIndex(c => c.Path == path);

    /// <summary>The flat index of characteristic <paramref name="uuid"/> in service <paramref name="service"/> (any service when null), or -1.</summary>
    public int IndexOf(ushort? service, ushort uuid) =>
        _characteristics.FindIndex(c => c.Characteristic.Uuid == uuid && (service is null || Profiles[c.Service].Service == service));

    public Dictionary<string, VariantValue> ServiceProperties(int service) => new()
    {
        ["UUID"] = VariantValue.String(Uuid(Profiles[service].Service)),
        ["Primary"] = VariantValue.Bool(true),
    };

    public Dictionary<string, VariantValue> CharacteristicProperties(int index, bool notifying)
    {
        var (service, c, _) = _characteristics[index];
        var props = new Dictionary<string, VariantValue>
        {
            ["UUID"] = VariantValue.String(Uuid(c.Uuid)),
            ["Service"] = VariantValue.ObjectPath(new ObjectPath(ServicePath(service))),
            ["Flags"] = VariantValue.Array(c.Flags.ToArray()),
        };
        if (c.Flags.Contains("notify") || c.Flags.Contains("indicate")) props["Notifying"] = VariantValue.Bool(notifying);
        return props;
    }

    public Dictionary<string, VariantValue> AdvertisementProperties(int advertisement) => new()
    {
        ["Type"] = VariantValue.String("peripheral"),
        ["ServiceUUIDs"] = VariantValue.Array(new[] { Uuid(_advertised[advertisement].Service) }),
        ["LocalName"] = VariantValue.String(_advertised[advertisement].LocalName),
        ["Discoverable"] = VariantValue.Bool(true),
    };

    /// <summary>The properties of <paramref name="iface"/> at <paramref name="path"/>, or null.</summary>
    public Dictionary<string, VariantValue>? PropertiesOf(string path, string iface, Func<int, bool> notifying)
    {
        for (var s = 0; s < Profiles.Count; s++)
            if (path == ServicePath(s)) return iface == GattService ? ServiceProperties(s) : null;
        for (var a = 0; a < _advertised.Count; a++)
            if (path == AdvertisementPath(a)) return iface == Advertisement ? AdvertisementProperties(a) : null;
        var i = IndexOf(path);
        return i >= 0 && iface == BlueZNames.GattCharacteristic ? CharacteristicProperties(i, notifying(i)) : null;
    }

    /// <summary>The full 128-bit form of a 16-bit SIG UUID.</summary>
    public static string Uuid(ushort id) => $"0000{id:x4}-0000-1000-8000-00805f9b34fb";
}
