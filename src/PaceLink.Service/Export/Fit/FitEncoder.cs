using System.Buffers.Binary;

namespace PaceLink.Service.Export.Fit;

/// <summary>
/// Writes FIT records: definition messages, data messages, the 14-byte file header and the
/// trailing CRC. Little-endian throughout (architecture byte 0).
/// </summary>
public sealed class FitEncoder
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

    /// <summary>Writes a data message; null values are written as the type's invalid value, others are clamped into range.</summary>
    public void Write(FitMessageDefinition definition, params ulong?[] values)
    {
        if (values.Length != definition.Fields.Count)
            throw new ArgumentException($"message {definition.GlobalNumber} has {definition.Fields.Count} fields, got {values.Length} values", nameof(values));
        _records.WriteByte(definition.LocalType); // normal header, data message
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < values.Length; i++)
        {
            var f = definition.Fields[i];
            var v = values[i] is { } value ? Math.Min(value, f.Max) : f.Invalid;
            switch (f.Size)
            {
                case 1: buffer[0] = (byte)v; break;
                case 2: BinaryPrimitives.WriteUInt16LittleEndian(buffer, (ushort)v); break;
                default: BinaryPrimitives.WriteUInt32LittleEndian(buffer, (uint)v); break;
            }
            _records.Write(buffer[..f.Size]);
        }
    }

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
