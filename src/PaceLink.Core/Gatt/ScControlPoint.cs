using System.Buffers.Binary;

namespace PaceLink.Core.Gatt;

/// <summary>Op codes of the SC Control Point (0x2A55).</summary>
public enum ScOpCode : byte
{
    SetCumulativeValue = 1,
    StartSensorCalibration = 2,
    UpdateSensorLocation = 3,
    RequestSupportedSensorLocations = 4,
    /// <summary>The sensor's indication answering one of the requests above.</summary>
    ResponseCode = 0x10,
}

/// <summary>How the sensor answered a control-point request.</summary>
public enum ScResponseValue : byte
{
    Success = 1,
    OpCodeNotSupported = 2,
    InvalidParameter = 3,
    OperationFailed = 4,
}

/// <summary>
/// Requests written to the SC Control Point (0x2A55) of a foot pod. Each returns the exact bytes to
/// write; the pod answers with an indication read by <see cref="ScControlPointResponse"/>.
/// </summary>
public static class ScControlPoint
{
    /// <summary>Sets the pod's total distance counter, in its raw unit (1/10 m).</summary>
    public static byte[] SetCumulativeValue(uint rawTotalDistance)
    {
        var bytes = new byte[5];
        bytes[0] = (byte)ScOpCode.SetCumulativeValue;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1), rawTotalDistance);
        return bytes;
    }

    /// <summary>Sets the pod's total distance counter in metres (rounded to 0.1 m).</summary>
    public static byte[] SetTotalDistance(double metres) => SetCumulativeValue(Fixed.ToU32(metres * 10));

    public static byte[] StartSensorCalibration() => [(byte)ScOpCode.StartSensorCalibration];

    public static byte[] UpdateSensorLocation(SensorPlace place) => [(byte)ScOpCode.UpdateSensorLocation, (byte)place];

    public static byte[] RequestSupportedSensorLocations() => [(byte)ScOpCode.RequestSupportedSensorLocations];
}
