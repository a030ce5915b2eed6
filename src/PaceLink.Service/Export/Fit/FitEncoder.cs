using System.Buffers.Binary;

namespace PaceLink.Service.Export.Fit;

/// <summary>
/// Writes FIT records: definition messages, data messages, the 14-byte file header and the
/// trailing CRC. Little-endian throughout (architecture byte 0).
/// </summary>
internal sealed class FitEncoder
{
    /// <summary>Protocol 2.0 in the header's version byte (major in the high nibble).</summary>
    private const byte ProtocolVersion = 0x20;
    /// <summary>The profile version the messages follow, as major × 1000 + minor (21.40).</summary>
    private const ushort ProfileVersion = 2140;
    private const int HeaderSize = 14;

    private readonly MemoryStream _records = new();

    public void Define(FitMessageDefinition definition)
    {
        _records.WriteByte((byte)(0x40 | definition.LocalType)); // normal header, definition message
        _records.WriteByte(0); // reserved
        _records.WriteByte(0); // architecture: little-endian
        Span<byte> global = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(global, definition.GlobalNumber);
        _records.Write(global);
        _records.WriteByte((byte)definition.Fields.Count);
        foreach (var f in definition.Fields)
        {
            _records.WriteByte(f.Number);
            _records.WriteByte((byte)f.Size);
            _records.WriteByte((byte)f.Type);
        }
    }

    /// <summary>
    /// Writes a data message. Numbers (any integer type, or null for the type's invalid value) are
    /// clamped into range; a string field takes a string (cut to fit), an array field a list of numbers.
    /// </summary>
    public void Write(FitMessageDefinition definition, params object?[] values)
    {
        if (values.Length != definition.Fields.Count)
            throw new ArgumentException($"message {definition.GlobalNumber} has {definition.Fields.Count} fields, got {values.Length} values", nameof(values));
        _records.WriteByte(definition.LocalType); // normal header, data message
        for (var i = 0; i < values.Length; i++)
        {
            var f = definition.Fields[i];
            switch (values[i])
            {
                case string text when f.Type == FitBaseType.String:
                    WriteString(text, f.Size);
                    break;
                case IReadOnlyList<ulong?> list:
                    for (var e = 0; e < f.Count; e++) WriteNumber(f, e < list.Count ? list[e] : null);
                    break;
                default:
                    if (f.Type == FitBaseType.String) WriteString("", f.Size);
                    else WriteNumber(f, values[i] is { } v ? Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null);
                    break;
            }
        }
    }

    private void WriteNumber(FitField f, ulong? value)
    {
        Span<byte> buffer = stackalloc byte[4];
        var v = value is { } n ? Math.Min(n, f.Max) : f.Invalid;
        switch (f.ElementSize)
        {
            case 1: buffer[0] = (byte)v; break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(buffer, (ushort)v); break;
            default: BinaryPrimitives.WriteUInt32LittleEndian(buffer, (uint)v); break;
        }
        _records.Write(buffer[..f.ElementSize]);
    }

    /// <summary>UTF-8 cut on a character boundary so the terminating zero always fits.</summary>
    private void WriteString(string text, int size)
    {
        var bytes = new byte[size];
        var encoded = System.Text.Encoding.UTF8.GetBytes(text);
        var length = Math.Min(encoded.Length, size - 1);
        while (length > 0 && length < encoded.Length && (encoded[length] & 0xC0) == 0x80) length--;
        encoded.AsSpan(0, length).CopyTo(bytes);
        _records.Write(bytes);
    }

    /// <summary>The byte size of a string field that holds <paramref name="text"/> and its terminating zero.</summary>
    public static byte StringSize(IEnumerable<string> texts) =>
        (byte)Math.Clamp(texts.Select(t => System.Text.Encoding.UTF8.GetByteCount(t) + 1).DefaultIfEmpty(1).Max(), 1, 255);

    /// <summary>The complete file: header (with its own CRC), the records, and the file CRC.</summary>
    public byte[] ToArray()
    {
        var records = _records.ToArray();
        var file = new byte[HeaderSize + records.Length + 2];
        file[0] = HeaderSize;
        file[1] = ProtocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), ProfileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)records.Length);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        records.CopyTo(file.AsSpan(HeaderSize));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(HeaderSize + records.Length), FitCrc.Compute(file.AsSpan(0, HeaderSize + records.Length)));
        return file;
    }
}
