namespace PaceLink.Core.Gatt;

/// <summary>Where on the body a heart-rate sensor sits (values of 0x2A38).</summary>
public enum BodyLocation : byte
{
    Other = 0,
    Chest = 1,
    Wrist = 2,
    Finger = 3,
    Hand = 4,
    EarLobe = 5,
    Foot = 6,
}

/// <summary>Body Sensor Location (0x2A38): one byte; values above 6 are reserved.</summary>
public readonly record struct BodySensorLocation(BodyLocation Location)
{
    public static bool TryParse(ReadOnlySpan<byte> payload, out BodySensorLocation value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlySpan<byte> payload, out BodySensorLocation value, out GattError error)
    {
        value = default;
        const ushort ch = GattIds.BodySensorLocation;
        if (!OneByte.TryRead(payload, ch, "body sensor location", out var raw, out error)) return false;
        if (raw > (byte)BodyLocation.Foot)
        {
            error = GattError.Reserved(ch, "body sensor location", raw);
            return false;
        }
        value = new BodySensorLocation((BodyLocation)raw);
        return true;
    }

    public byte[] ToArray() => [(byte)Location];
}
