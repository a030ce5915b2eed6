using System.Buffers.Binary;

namespace PaceLink.Core.Gatt;

/// <summary>
/// RSC Measurement (0x2A53), already in SI units. Cadence is exposed as sent: some pods send
/// strides rather than steps (see hardware-notes/foot-pods.md); that quirk is fixed after decoding.
/// </summary>
public readonly record struct RscMeasurement(
    double SpeedMetresPerSecond,
    byte CadencePerMinute,
    double? StrideLengthMetres,
    double? TotalDistanceMetres,
    bool IsRunning)
{
    private const byte StridePresent = 0x01;
    private const byte DistancePresent = 0x02;
    private const byte RunningBit = 0x04;

    /// <summary>The raw total distance (1/10 m) when sent: counters are tracked in raw units so wrap-around is exact.</summary>
    public uint? TotalDistanceRaw => TotalDistanceMetres is { } m ? (uint)Math.Round(m * 10) : null;

    public static bool TryParse(ReadOnlySpan<byte> payload, out RscMeasurement value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlySpan<byte> p, out RscMeasurement value, out GattError error)
    {
        value = default;
        error = default;
        const ushort ch = GattIds.RscMeasurement;
        if (p.Length < 4)
        {
            error = GattError.TooShort(ch, "flags, speed, cadence", p.Length, 4);
            return false;
        }
        var flags = p[0];
        var need = 4;
        if ((flags & StridePresent) != 0)
        {
            need += 2;
            if (p.Length < need) { error = GattError.Truncated(ch, "stride length", p.Length, need); return false; }
        }
        if ((flags & DistancePresent) != 0)
        {
            need += 4;
            if (p.Length < need) { error = GattError.Truncated(ch, "total distance", p.Length, need); return false; }
        }
        var speed = BinaryPrimitives.ReadUInt16LittleEndian(p[1..]) / 256.0;
        var cadence = p[3];
        var at = 4;
        double? stride = null, distance = null;
        if ((flags & StridePresent) != 0)
        {
            stride = BinaryPrimitives.ReadUInt16LittleEndian(p[at..]) / 100.0;
            at += 2;
        }
        if ((flags & DistancePresent) != 0)
            distance = BinaryPrimitives.ReadUInt32LittleEndian(p[at..]) / 10.0;
        value = new RscMeasurement(speed, cadence, stride, distance, (flags & RunningBit) != 0);
        return true;
    }

    /// <summary>Bytes <see cref="Write"/> needs for this value.</summary>
    public int EncodedLength => 4 + (StrideLengthMetres is null ? 0 : 2) + (TotalDistanceMetres is null ? 0 : 4);

    /// <summary>Encodes into <paramref name="dest"/>; returns the bytes written. Values are rounded to the field's resolution and clamped to its range.</summary>
    public int Write(Span<byte> dest)
    {
        var flags = (byte)((StrideLengthMetres is null ? 0 : StridePresent) | (TotalDistanceMetres is null ? 0 : DistancePresent) | (IsRunning ? RunningBit : 0));
        dest[0] = flags;
        BinaryPrimitives.WriteUInt16LittleEndian(dest[1..], Fixed.ToU16(SpeedMetresPerSecond * 256));
        dest[3] = CadencePerMinute;
        var at = 4;
        if (StrideLengthMetres is { } s)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(dest[at..], Fixed.ToU16(s * 100));
            at += 2;
        }
        if (TotalDistanceMetres is { } d)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(dest[at..], Fixed.ToU32(d * 10));
            at += 4;
        }
        return at;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[EncodedLength];
        Write(bytes);
        return bytes;
    }
}
