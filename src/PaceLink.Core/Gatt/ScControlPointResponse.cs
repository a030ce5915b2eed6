namespace PaceLink.Core.Gatt;

/// <summary>
/// A response indication of the SC Control Point (0x2A55): op code 0x10, the request it answers and
/// the outcome. A successful "request supported sensor locations" carries the list of locations,
/// kept as a view over the payload so decoding allocates nothing.
/// </summary>
public readonly record struct ScControlPointResponse(ScOpCode RequestOpCode, ScResponseValue ResponseValue, ReadOnlyMemory<byte> SupportedLocationBytes)
{
    /// <summary>True when the response carries a list of supported sensor locations.</summary>
    public bool HasSupportedLocations => RequestOpCode == ScOpCode.RequestSupportedSensorLocations && ResponseValue == ScResponseValue.Success;

    public int SupportedLocationCount => SupportedLocationBytes.Length;

    public SensorPlace SupportedLocationAt(int index) => (SensorPlace)SupportedLocationBytes.Span[index];

    public static bool TryParse(ReadOnlyMemory<byte> payload, out ScControlPointResponse value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlyMemory<byte> payload, out ScControlPointResponse value, out GattError error)
    {
        value = default;
        error = default;
        const ushort ch = GattIds.ScControlPoint;
        var p = payload.Span;
        if (p.Length < 3)
        {
            error = GattError.TooShort(ch, "response op code, request op code, response value", p.Length, 3);
            return false;
        }
        if (p[0] != (byte)ScOpCode.ResponseCode)
        {
            error = GattError.Unexpected(ch, "op code", p[0], (byte)ScOpCode.ResponseCode);
            return false;
        }
        if (p[2] is < (byte)ScResponseValue.Success or > (byte)ScResponseValue.OperationFailed)
        {
            error = GattError.Reserved(ch, "response value", p[2]);
            return false;
        }
        var request = (ScOpCode)p[1];
        var outcome = (ScResponseValue)p[2];
        var locations = ReadOnlyMemory<byte>.Empty;
        if (request == ScOpCode.RequestSupportedSensorLocations && outcome == ScResponseValue.Success)
        {
            // The rest of the payload is the list: one byte per location, at least one.
            if (p.Length < 4)
            {
                error = GattError.TooShort(ch, "a successful supported-locations response lists at least one location", p.Length, 4);
                return false;
            }
            for (var i = 3; i < p.Length; i++)
            {
                if (SensorLocation.IsDefined(p[i])) continue;
                error = GattError.Reserved(ch, "supported sensor location", p[i]);
                return false;
            }
            locations = payload[3..];
        }
        value = new ScControlPointResponse(request, outcome, locations);
        return true;
    }

    /// <summary>The indication bytes a sensor sends for this response.</summary>
    public byte[] ToArray()
    {
        var extra = HasSupportedLocations ? SupportedLocationBytes.Length : 0;
        var bytes = new byte[3 + extra];
        bytes[0] = (byte)ScOpCode.ResponseCode;
        bytes[1] = (byte)RequestOpCode;
        bytes[2] = (byte)ResponseValue;
        if (extra > 0) SupportedLocationBytes.Span.CopyTo(bytes.AsSpan(3));
        return bytes;
    }

    public bool Equals(ScControlPointResponse other) =>
        RequestOpCode == other.RequestOpCode && ResponseValue == other.ResponseValue &&
        SupportedLocationBytes.Span.SequenceEqual(other.SupportedLocationBytes.Span);

    public override int GetHashCode() => HashCode.Combine(RequestOpCode, ResponseValue, SupportedLocationBytes.Length);
}
