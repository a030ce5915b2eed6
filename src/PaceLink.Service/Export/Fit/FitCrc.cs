namespace PaceLink.Service.Export.Fit;

/// <summary>
/// The FIT file checksum: CRC-16 with the reflected polynomial 0xA001 and a zero start value,
/// computed a nibble at a time as the FIT protocol describes it.
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] Nibbles = BuildNibbleTable();

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        foreach (var b in data)
        {
            crc = Step(crc, b & 0x0F);
            crc = Step(crc, b >> 4);
        }
        return crc;
    }

    private static ushort Step(ushort crc, int nibble)
    {
        var tmp = Nibbles[crc & 0x0F];
        crc = (ushort)((crc >> 4) & 0x0FFF);
        return (ushort)(crc ^ tmp ^ Nibbles[nibble]);
    }

    /// <summary>The CRC of each 4-bit value, derived from the polynomial rather than typed in.</summary>
    private static ushort[] BuildNibbleTable()
    {
        var table = new ushort[16];
        for (var n = 0; n < 16; n++)
        {
            var crc = (ushort)n;
            for (var bit = 0; bit < 4; bit++)
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            table[n] = crc;
        }
        return table;
    }
}
