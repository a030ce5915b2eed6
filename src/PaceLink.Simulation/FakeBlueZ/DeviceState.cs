namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>What the fake knows about one device: whether it is exported, in range, connected, notifying.</summary>
internal sealed class DeviceState(FakeDevice spec, string path)
{
    public FakeDevice Spec { get; } = spec;
    public string Path { get; } = path;
    public bool Exported { get; set; }
    public bool InRange { get; set; } = true;
    public bool Connected { get; set; }
    public bool Trusted { get; set; }

    /// <summary>False models a device whose GATT discovery never finishes: connected, but ServicesResolved stays false.</summary>
    public bool ResolvesServices { get; set; } = true;
    public HashSet<ushort> Notifying { get; } = [];

    /// <summary>
    /// Notify sessions by client (bus name, characteristic). Like bluetoothd with a cached GATT
    /// database, a session outlives a dropped link, and a StartNotify on it after the link comes
    /// back answers at once without subscribing the sensor again.
    /// </summary>
    public HashSet<(string Client, ushort Id)> Sessions { get; } = [];

    /// <summary>Path of the characteristic with this id once services are resolved; BlueZ numbers objects by attribute handle.</summary>
    public string CharacteristicPath(ushort id)
    {
        var (s, c) = Locate(id);
        return $"{ServicePath(s)}/char{Handle(s, c):x4}";
    }

    public string ServicePath(int serviceIndex) => $"{Path}/service{Handle(serviceIndex, -1):x4}";

    public FakeCharacteristic? Characteristic(ushort id) => Spec.Services.SelectMany(s => s.Characteristics).FirstOrDefault(c => c.Id == id);

    public (int Service, int Characteristic) Locate(ushort id)
    {
        for (var s = 0; s < Spec.Services.Count; s++)
            for (var c = 0; c < Spec.Services[s].Characteristics.Count; c++)
                if (Spec.Services[s].Characteristics[c].Id == id) return (s, c);
        return (-1, -1);
    }

    private static int Handle(int service, int characteristic) => 0x10 * (service + 1) + (characteristic + 1) * 2 - (characteristic < 0 ? 0 : 1);

    /// <summary>What a restart of bluetoothd does to a device: connection and notifications gone.</summary>
    public void Reset()
    {
        Exported = false;
        Connected = false;
        Notifying.Clear();
        Sessions.Clear();
    }
}
