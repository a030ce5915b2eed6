using System.Buffers.Binary;
using System.Text;

namespace PaceLink.Testing;

/// <summary>One decoded FIT data message: field number to value (null where the file says "invalid").</summary>
public sealed record FitMessage(ushort GlobalNumber, IReadOnlyDictionary<byte, ulong?> Fields)
{
    public ulong? this[byte field] => Fields.GetValueOrDefault(field);
}

/// <summary>
/// A FIT reader written for the tests, independently of the writer, from the protocol description:
/// checks both CRCs, follows definition messages per local type, honours the architecture byte,
/// and maps each base type's invalid value to null.
/// </summary>
public static class FitReader
{
    public static IReadOnlyList<FitMessage> Read(byte[] file)
    {
        if (file.Length < 14) throw new InvalidDataException("shorter than a FIT header");
        int headerSize = file[0];
        if (headerSize is not (12 or 14)) throw new InvalidDataException($"header size {headerSize}");
        if (Encoding.ASCII.GetString(file, 8, 4) != ".FIT") throw new InvalidDataException("no .FIT signature");
        var dataSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4));
        if (headerSize == 14)
        {
            var headerCrc = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(12));
            if (headerCrc != 0 && headerCrc != Crc(file.AsSpan(0, 12))) throw new InvalidDataException("header CRC mismatch");
        }
        if (file.Length != headerSize + dataSize + 2) throw new InvalidDataException($"length {file.Length}, header says {headerSize + dataSize + 2}");
        var fileCrc = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(headerSize + dataSize));
        if (fileCrc != Crc(file.AsSpan(0, headerSize + dataSize))) throw new InvalidDataException("file CRC mismatch");

        var definitions = new Dictionary<int, (bool BigEndian, ushort Global, (byte Number, byte Size, byte Type)[] Fields)>();
        var messages = new List<FitMessage>();
        var at = headerSize;
        var end = headerSize + dataSize;
        while (at < end)
        {
            var header = file[at++];
            if ((header & 0x80) != 0) throw new InvalidDataException("compressed timestamp headers are not expected");
            var local = header & 0x0F;
            if ((header & 0x40) != 0)
            {
                var bigEndian = file[at + 1] == 1;
                var global = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at + 2)) : BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at + 2));
                int count = file[at + 4];
                at += 5;
                var fields = new (byte, byte, byte)[count];
                for (var i = 0; i < count; i++, at += 3) fields[i] = (file[at], file[at + 1], file[at + 2]);
                if ((header & 0x20) != 0) throw new InvalidDataException("developer fields are not expected");
                definitions[local] = (bigEndian, global, fields);
                continue;
            }
            if (!definitions.TryGetValue(local, out var def)) throw new InvalidDataException($"data for undefined local type {local}");
            var values = new Dictionary<byte, ulong?>();
            foreach (var (number, size, type) in def.Fields)
            {
                // Strings are not compared here (Garmin's SDK checks them); arrays give their first element.
                values[number] = type == 0x07 ? null : Value(file.AsSpan(at, Math.Min(size, ElementSize(type))), type, def.BigEndian);
                at += size;
            }
            messages.Add(new FitMessage(def.Global, values));
        }
        return messages;
    }

    private static int ElementSize(byte type) => type switch { 0x84 => 2, 0x86 or 0x8C => 4, _ => 1 };

    private static ulong? Value(ReadOnlySpan<byte> bytes, byte type, bool bigEndian)
    {
        ulong raw = bytes.Length switch
        {
            1 => bytes[0],
            2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            _ => throw new InvalidDataException($"field size {bytes.Length}"),
        };
        var invalid = type switch
        {
            0x00 or 0x02 => 0xFFUL,
            0x84 => 0xFFFFUL,
            0x86 => 0xFFFFFFFFUL,
            0x8C => 0UL,
            _ => throw new InvalidDataException($"base type 0x{type:X2}"),
        };
        return raw == invalid ? null : raw;
    }

    /// <summary>CRC-16/ARC bit by bit: a different formulation from the writer's nibble table.</summary>
    public static ushort Crc(ReadOnlySpan<byte> data)
    {
        ushort crc = 0;
        foreach (var b in data)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++) crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
        }
        return crc;
    }
}
