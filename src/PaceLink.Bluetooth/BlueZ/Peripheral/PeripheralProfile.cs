namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>
/// What a PaceLink-made sensor offers a central: one primary GATT service, its characteristics,
/// and the name and service it advertises. A peripheral may offer several profiles in one GATT
/// application (a relayed pod, its battery and a relayed strap); each advertised one gets an
/// advertisement of its own.
/// </summary>
/// <param name="LocalName">The name scanners show ("PaceLink Pod").</param>
/// <param name="Service">The 16-bit service UUID (0x1814 running speed and cadence, 0x180D heart rate).</param>
/// <param name="Characteristics">The characteristics of that service.</param>
public sealed record PeripheralProfile(string LocalName, ushort Service, IReadOnlyList<PeripheralCharacteristic> Characteristics)
{
    /// <summary>False for a service that is only found after connecting (a battery service): no advertisement of its own.</summary>
    public bool Advertised { get; init; } = true;

    /// <summary>The characteristic with this 16-bit UUID, or null.</summary>
    public PeripheralCharacteristic? Find(ushort uuid) => Characteristics.FirstOrDefault(c => c.Uuid == uuid);
}

/// <summary>One characteristic of a <see cref="PeripheralProfile"/>.</summary>
/// <param name="Uuid">16-bit characteristic UUID.</param>
/// <param name="Flags">BlueZ flags: "read", "write", "notify", "indicate".</param>
/// <param name="Read">The current value for a read; null when the characteristic is not readable.</param>
/// <param name="Write">
/// Handles a write and returns the bytes to indicate in answer (a control point's response), or
/// null for no answer. Null when the characteristic is not writable. Throws
/// <see cref="ArgumentException"/> for a value it refuses.
/// </param>
public sealed record PeripheralCharacteristic(ushort Uuid, IReadOnlyList<string> Flags, Func<byte[]>? Read = null, Func<byte[], byte[]?>? Write = null);
