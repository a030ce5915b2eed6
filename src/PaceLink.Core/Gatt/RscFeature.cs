using System.Buffers.Binary;

namespace PaceLink.Core.Gatt;

/// <summary>RSC Feature (0x2A54): which optional measurements and procedures a foot pod supports.</summary>
public readonly record struct RscFeature(
    bool StrideLengthSupported,
    bool TotalDistanceSupported,
    bool WalkingRunningStatusSupported,
    bool CalibrationSupported,
    bool MultipleSensorLocationsSupported)
{
    private const ushort StrideBit = 0x01;
    private const ushort DistanceBit = 0x02;
    private const ushort StatusBit = 0x04;
    private const ushort CalibrationBit = 0x08;
    private const ushort LocationsBit = 0x10;

    public static bool TryParse(ReadOnlySpan<byte> payload, out RscFeature value) => TryParse(payload, out value, out _);

    /// <summary>Reads the 16-bit feature field; reserved bits and trailing bytes are ignored.</summary>
    public static bool TryParse(ReadOnlySpan<byte> payload, out RscFeature value, out GattError error)
    {
        value = default;
        error = default;
        if (payload.Length < 2)
        {
            error = GattError.TooShort(GattIds.RscFeature, "feature bits", payload.Length, 2);
            return false;
        }
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(payload);
        value = new RscFeature(
            (bits & StrideBit) != 0,
            (bits & DistanceBit) != 0,
            (bits & StatusBit) != 0,
            (bits & CalibrationBit) != 0,
            (bits & LocationsBit) != 0);
        return true;
    }

    public byte[] ToArray()
    {
        var bits = (ushort)((StrideLengthSupported ? StrideBit : 0) | (TotalDistanceSupported ? DistanceBit : 0)
            | (WalkingRunningStatusSupported ? StatusBit : 0) | (CalibrationSupported ? CalibrationBit : 0)
            | (MultipleSensorLocationsSupported ? LocationsBit : 0));
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, bits);
        return bytes;
    }
}
