namespace PaceLink.Core.Gatt;

/// <summary>Shared length check for characteristics whose value is exactly one byte.</summary>
internal static class OneByte
{
    public static bool TryRead(ReadOnlySpan<byte> payload, ushort characteristic, string field, out byte value, out GattError error)
    {
        value = 0;
        error = default;
        if (payload.Length != 1)
        {
            error = GattError.WrongLength(characteristic, field, payload.Length, 1);
            return false;
        }
        value = payload[0];
        return true;
    }
}
