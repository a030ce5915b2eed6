using System.Buffers.Binary;

namespace PaceLink.Core.Gatt;

/// <summary>Heart Rate Measurement (0x2A37).</summary>
/// <remarks>
/// Parsed from <see cref="ReadOnlyMemory{T}"/> rather than a span: the RR intervals stay a view
/// over the payload, which is what makes "any number of RR intervals" free of allocations.
/// </remarks>
public readonly record struct HeartRateMeasurement(
    int BeatsPerMinute,
    SensorContact Contact,
    int? EnergyExpendedKilojoules,
    RrIntervals RrIntervals,
    bool SixteenBitValue = false)
{
    private const byte Hr16 = 0x01;
    private const byte ContactDetected = 0x02;
    private const byte ContactSupported = 0x04;
    private const byte EnergyPresent = 0x08;
    private const byte RrPresent = 0x10;

    public static bool TryParse(ReadOnlyMemory<byte> payload, out HeartRateMeasurement value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlyMemory<byte> payload, out HeartRateMeasurement value, out GattError error)
    {
        value = default;
        error = default;
        const ushort ch = GattIds.HeartRateMeasurement;
        var p = payload.Span;
        if (p.Length < 2)
        {
            error = GattError.TooShort(ch, "flags, heart rate", p.Length, 2);
            return false;
        }
        var flags = p[0];
        var wide = (flags & Hr16) != 0;
        var need = wide ? 3 : 2;
        if (p.Length < need) { error = GattError.Truncated(ch, "a 16-bit heart rate", p.Length, need); return false; }
        var energyAt = need;
        if ((flags & EnergyPresent) != 0)
        {
            need += 2;
            if (p.Length < need) { error = GattError.Truncated(ch, "energy expended", p.Length, need); return false; }
        }
        var rrAt = need;
        if ((flags & RrPresent) != 0)
        {
            need += 2;
            if (p.Length < need) { error = GattError.Truncated(ch, "RR intervals", p.Length, need); return false; }
        }
        var bpm = wide ? BinaryPrimitives.ReadUInt16LittleEndian(p[1..]) : p[1];
        var contact = (flags & ContactSupported) == 0 ? SensorContact.NotSupported
            : (flags & ContactDetected) != 0 ? SensorContact.Detected : SensorContact.NotDetected;
        int? energy = (flags & EnergyPresent) != 0 ? BinaryPrimitives.ReadUInt16LittleEndian(p[energyAt..]) : null;
        var rr = (flags & RrPresent) != 0
            ? new RrIntervals(payload.Slice(rrAt, (p.Length - rrAt) & ~1)) // an odd trailing byte is not an interval
            : RrIntervals.Empty;
        value = new HeartRateMeasurement(bpm, contact, energy, rr, wide);
        return true;
    }

    private bool Wide => SixteenBitValue || BeatsPerMinute > byte.MaxValue;

    public int EncodedLength => 1 + (Wide ? 2 : 1) + (EnergyExpendedKilojoules is null ? 0 : 2) + RrIntervals.Count * 2;

    /// <summary>Encodes into <paramref name="dest"/>; a heart rate above 255 forces the 16-bit form.</summary>
    public int Write(Span<byte> dest)
    {
        var flags = (byte)((Wide ? Hr16 : 0)
            | Contact switch { SensorContact.Detected => ContactSupported | ContactDetected, SensorContact.NotDetected => ContactSupported, _ => 0 }
            | (EnergyExpendedKilojoules is null ? 0 : EnergyPresent)
            | (RrIntervals.Count > 0 ? RrPresent : 0));
        dest[0] = flags;
        var at = 1;
        if (Wide) { BinaryPrimitives.WriteUInt16LittleEndian(dest[at..], (ushort)Math.Clamp(BeatsPerMinute, 0, ushort.MaxValue)); at += 2; }
        else dest[at++] = (byte)Math.Clamp(BeatsPerMinute, 0, byte.MaxValue);
        if (EnergyExpendedKilojoules is { } e) { BinaryPrimitives.WriteUInt16LittleEndian(dest[at..], (ushort)Math.Clamp(e, 0, ushort.MaxValue)); at += 2; }
        RrIntervals.RawBytes.CopyTo(dest[at..]);
        return at + RrIntervals.RawBytes.Length;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[EncodedLength];
        Write(bytes);
        return bytes;
    }
}
