namespace PaceLink.Core.Gatt;

/// <summary>Battery Level (0x2A19): one byte, 0-100 percent. Anything above 100 is reserved.</summary>
public readonly record struct BatteryLevel(byte Percent)
{
    public static bool TryParse(ReadOnlySpan<byte> payload, out BatteryLevel value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlySpan<byte> payload, out BatteryLevel value, out GattError error)
    {
        value = default;
        const ushort ch = GattIds.BatteryLevel;
        if (!OneByte.TryRead(payload, ch, "battery level", out var percent, out error)) return false;
        if (percent > 100)
        {
            error = GattError.Reserved(ch, "battery level", percent);
            return false;
        }
        value = new BatteryLevel(percent);
        return true;
    }

    /// <summary>The one-byte wire form; percentages above 100 are clamped.</summary>
    public byte[] ToArray() => [Math.Min(Percent, (byte)100)];
}
