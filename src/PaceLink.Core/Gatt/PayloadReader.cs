using System.Buffers.Binary;

namespace PaceLink.Core.Gatt;

/// <summary>
/// Adds up the bytes the flags announce, field by field, and remembers the first field that does
/// not fit. Decoders run it over all flags before reading any optional field.
/// </summary>
internal ref struct LengthCheck(ReadOnlySpan<byte> payload, ushort characteristic, int mandatory)
{
    private readonly ReadOnlySpan<byte> _payload = payload;
    private int _need = mandatory;

    public GattError Error { get; private set; }

    /// <summary>False (with <see cref="Error"/> set) when a present field is cut short.</summary>
    public bool Fits(bool present, int size, string field)
    {
        if (!present) return true;
        _need += size;
        if (_payload.Length >= _need) return true;
        Error = GattError.Truncated(characteristic, field, _payload.Length, _need);
        return false;
    }
}

/// <summary>Sequential little-endian reads over a payload whose length was already checked.</summary>
internal ref struct PayloadReader(ReadOnlySpan<byte> payload, int start)
{
    private readonly ReadOnlySpan<byte> _p = payload;
    private int _at = start;

    public byte U8() => _p[_at++];

    public ushort U16() { var v = BinaryPrimitives.ReadUInt16LittleEndian(_p[_at..]); _at += 2; return v; }

    public short S16() { var v = BinaryPrimitives.ReadInt16LittleEndian(_p[_at..]); _at += 2; return v; }

    public uint U24() { var v = (uint)(_p[_at] | _p[_at + 1] << 8 | _p[_at + 2] << 16); _at += 3; return v; }

    public uint U32() { var v = BinaryPrimitives.ReadUInt32LittleEndian(_p[_at..]); _at += 4; return v; }
}

/// <summary>Sequential little-endian writes for the encoders.</summary>
internal ref struct PayloadWriter(Span<byte> dest, int start)
{
    private readonly Span<byte> _d = dest;

    public int Position { get; private set; } = start;

    public void U8(byte v) => _d[Position++] = v;

    public void U16(ushort v) { BinaryPrimitives.WriteUInt16LittleEndian(_d[Position..], v); Position += 2; }

    public void S16(short v) { BinaryPrimitives.WriteInt16LittleEndian(_d[Position..], v); Position += 2; }

    public void U24(uint v) { _d[Position] = (byte)v; _d[Position + 1] = (byte)(v >> 8); _d[Position + 2] = (byte)(v >> 16); Position += 3; }

    public void U32(uint v) { BinaryPrimitives.WriteUInt32LittleEndian(_d[Position..], v); Position += 4; }
}
