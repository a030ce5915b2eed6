namespace PaceLink.Core.Gatt;

/// <summary>Where a speed, cadence or power sensor is mounted (values of 0x2A5D).</summary>
public enum SensorPlace : byte
{
    Other = 0,
    TopOfShoe = 1,
    InShoe = 2,
    Hip = 3,
    FrontWheel = 4,
    LeftCrank = 5,
    RightCrank = 6,
    LeftPedal = 7,
    RightPedal = 8,
    FrontHub = 9,
    RearDropout = 10,
    Chainstay = 11,
    RearWheel = 12,
    RearHub = 13,
    Chest = 14,
    Spider = 15,
    ChainRing = 16,
}

/// <summary>Sensor Location (0x2A5D): one byte; values above 16 are reserved.</summary>
public readonly record struct SensorLocation(SensorPlace Place)
{
    /// <summary>True for the values the specification defines.</summary>
    public static bool IsDefined(byte raw) => raw <= (byte)SensorPlace.ChainRing;

    public static bool TryParse(ReadOnlySpan<byte> payload, out SensorLocation value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlySpan<byte> payload, out SensorLocation value, out GattError error)
    {
        value = default;
        const ushort ch = GattIds.SensorLocation;
        if (!OneByte.TryRead(payload, ch, "sensor location", out var raw, out error)) return false;
        if (!IsDefined(raw))
        {
            error = GattError.Reserved(ch, "sensor location", raw);
            return false;
        }
        value = new SensorLocation((SensorPlace)raw);
        return true;
    }

    public byte[] ToArray() => [(byte)Place];
}
