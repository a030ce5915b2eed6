namespace PaceLink.Core.Gatt;

/// <summary>Rounding and clamping of scaled values into fixed-point GATT fields.</summary>
internal static class Fixed
{
    public static ushort ToU16(double v) => (ushort)Math.Clamp(Math.Round(v), 0, ushort.MaxValue);
    public static short ToS16(double v) => (short)Math.Clamp(Math.Round(v), short.MinValue, short.MaxValue);
    public static uint ToU32(double v) => (uint)Math.Clamp(Math.Round(v), 0, uint.MaxValue);
    public static uint ToU24(double v) => (uint)Math.Clamp(Math.Round(v), 0, 0xFFFFFF);
    public static byte ToU8(double v) => (byte)Math.Clamp(Math.Round(v), 0, byte.MaxValue);
}
