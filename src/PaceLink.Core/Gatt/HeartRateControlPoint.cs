namespace PaceLink.Core.Gatt;

/// <summary>Commands of the Heart Rate Control Point (0x2A39).</summary>
public enum HeartRateCommand : byte
{
    /// <summary>Sets the strap's energy-expended counter back to zero.</summary>
    ResetEnergyExpended = 1,
}

/// <summary>Heart Rate Control Point (0x2A39): a one-byte command written to the strap.</summary>
public readonly record struct HeartRateControlPoint(HeartRateCommand Command)
{
    /// <summary>The bytes to write to reset the energy-expended counter.</summary>
    public static byte[] ResetEnergyExpended() => [(byte)HeartRateCommand.ResetEnergyExpended];

    public static bool TryParse(ReadOnlySpan<byte> payload, out HeartRateControlPoint value) => TryParse(payload, out value, out _);

    /// <summary>Reads a written command back (useful for a simulated strap); every value but 1 is reserved.</summary>
    public static bool TryParse(ReadOnlySpan<byte> payload, out HeartRateControlPoint value, out GattError error)
    {
        value = default;
        const ushort ch = GattIds.HeartRateControlPoint;
        if (!OneByte.TryRead(payload, ch, "heart rate control point", out var raw, out error)) return false;
        if (raw != (byte)HeartRateCommand.ResetEnergyExpended)
        {
            error = GattError.Reserved(ch, "heart rate control point command", raw);
            return false;
        }
        value = new HeartRateControlPoint((HeartRateCommand)raw);
        return true;
    }

    public byte[] ToArray() => [(byte)Command];
}
