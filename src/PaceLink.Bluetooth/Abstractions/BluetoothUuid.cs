using System.Globalization;
using PaceLink.Core.Gatt;

namespace PaceLink.Bluetooth.Abstractions;

/// <summary>
/// A Bluetooth UUID. SIG-assigned ids are 16-bit short forms of the base UUID
/// 0000xxxx-0000-1000-8000-00805f9b34fb, so 0x180D and its 128-bit form compare equal.
/// </summary>
public readonly record struct BluetoothUuid(Guid Value)
{
    /// <summary>The 128-bit form of a 16-bit SIG id (0x180D → 0000180d-0000-1000-8000-00805f9b34fb).</summary>
    public static BluetoothUuid FromShortId(ushort id) => new(Guid.Parse(GattIds.ToUuid(id), CultureInfo.InvariantCulture));

    /// <summary>Accepts a 128-bit UUID or a short id ("180d", "0x180D").</summary>
    public static bool TryParse(string? text, out BluetoothUuid uuid)
    {
        uuid = default;
        if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid)) { uuid = new BluetoothUuid(guid); return true; }
        if (GattIds.TryParse(text, out var id)) { uuid = FromShortId(id); return true; }
        return false;
    }

    /// <summary>The 16-bit id when this UUID lies on the SIG base, otherwise null.</summary>
    public ushort? ShortId => GattIds.TryParse(ToString(), out var id) && FromShortId(id) == this ? id : null;

    /// <summary>Lower-case 128-bit form, as BlueZ and Web Bluetooth write it.</summary>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);

    public static implicit operator BluetoothUuid(ushort shortId) => FromShortId(shortId);
}
