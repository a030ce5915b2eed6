namespace PaceLink.Service.Export.Fit;

/// <summary>The FIT base types PaceLink writes (the byte is the base-type id in a field definition).</summary>
internal enum FitBaseType : byte
{
    Enum = 0x00,
    UInt8 = 0x02,
    UInt16 = 0x84,
    UInt32 = 0x86,
    UInt32z = 0x8C,
    /// <summary>Null-terminated UTF-8, padded with zeros to the field's size.</summary>
    String = 0x07,
}

/// <summary>
/// One field of a FIT message definition. <paramref name="Count"/> is the number of elements of an
/// array field, or the byte size of a string field.
/// </summary>
internal readonly record struct FitField(byte Number, FitBaseType Type, byte Count = 1)
{
    /// <summary>Bytes of one element.</summary>
    public int ElementSize => Type switch
    {
        FitBaseType.UInt16 => 2,
        FitBaseType.UInt32 or FitBaseType.UInt32z => 4,
        _ => 1,
    };

    public int Size => ElementSize * Count;

    /// <summary>The value that means "no data" for this type.</summary>
    public ulong Invalid => Type switch
    {
        FitBaseType.UInt16 => 0xFFFF,
        FitBaseType.UInt32 => 0xFFFFFFFF,
        FitBaseType.UInt32z => 0,
        _ => 0xFF,
    };

    /// <summary>The largest valid value: one below the invalid marker for unsigned types.</summary>
    public ulong Max => Type == FitBaseType.UInt32z ? 0xFFFFFFFF : Invalid - 1;
}

/// <summary>A FIT message layout bound to a local message type (0-15).</summary>
internal sealed record FitMessageDefinition(byte LocalType, ushort GlobalNumber, IReadOnlyList<FitField> Fields);
