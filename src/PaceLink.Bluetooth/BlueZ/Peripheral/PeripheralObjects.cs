using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>
/// The object paths and properties a peripheral exports on its own D-Bus connection: the GATT
/// application (one service, its characteristics) and the LE advertisement (BlueZ
/// doc/org.bluez.GattManager.rst, org.bluez.LEAdvertisement.rst).
/// </summary>
internal sealed class PeripheralObjects(PeripheralProfile profile, string root)
{
    public const string GattService = "org.bluez.GattService1";
    public const string Advertisement = "org.bluez.LEAdvertisement1";

    public PeripheralProfile Profile { get; } = profile;
    public string ApplicationPath { get; } = root;
    public string ServicePath { get; } = root + "/service0";
    public string AdvertisementPath { get; } = root + "/advertisement0";

    public string CharacteristicPath(int index) => $"{ServicePath}/char{index}";

    /// <summary>The index of the characteristic at <paramref name="path"/>, or -1.</summary>
    public int IndexOf(string path)
    {
        var prefix = ServicePath + "/char";
        return path.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(path.AsSpan(prefix.Length), out var i)
            && i >= 0 && i < Profile.Characteristics.Count ? i : -1;
    }

    public Dictionary<string, VariantValue> ServiceProperties() => new()
    {
        ["UUID"] = VariantValue.String(Uuid(Profile.Service)),
        ["Primary"] = VariantValue.Bool(true),
    };

    public Dictionary<string, VariantValue> CharacteristicProperties(int index, bool notifying)
    {
        var c = Profile.Characteristics[index];
        var props = new Dictionary<string, VariantValue>
        {
            ["UUID"] = VariantValue.String(Uuid(c.Uuid)),
            ["Service"] = VariantValue.ObjectPath(new ObjectPath(ServicePath)),
            ["Flags"] = VariantValue.Array(c.Flags.ToArray()),
        };
        if (c.Flags.Contains("notify") || c.Flags.Contains("indicate")) props["Notifying"] = VariantValue.Bool(notifying);
        return props;
    }

    public Dictionary<string, VariantValue> AdvertisementProperties() => new()
    {
        ["Type"] = VariantValue.String("peripheral"),
        ["ServiceUUIDs"] = VariantValue.Array(new[] { Uuid(Profile.Service) }),
        ["LocalName"] = VariantValue.String(Profile.LocalName),
        ["Discoverable"] = VariantValue.Bool(true),
    };

    /// <summary>The properties of <paramref name="iface"/> at <paramref name="path"/>, or null.</summary>
    public Dictionary<string, VariantValue>? PropertiesOf(string path, string iface, Func<int, bool> notifying)
    {
        if (path == ServicePath && iface == GattService) return ServiceProperties();
        if (path == AdvertisementPath && iface == Advertisement) return AdvertisementProperties();
        var i = IndexOf(path);
        return i >= 0 && iface == BlueZNames.GattCharacteristic ? CharacteristicProperties(i, notifying(i)) : null;
    }

    /// <summary>The full 128-bit form of a 16-bit SIG UUID.</summary>
    public static string Uuid(ushort id) => $"0000{id:x4}-0000-1000-8000-00805f9b34fb";
}
