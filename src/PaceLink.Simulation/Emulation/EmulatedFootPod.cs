using PaceLink.Bluetooth.BlueZ.Peripheral;
using PaceLink.Core.Gatt;

namespace PaceLink.Simulation.Emulation;

/// <summary>
/// The GATT side of a foot pod offered to real centrals: Running Speed and Cadence (0x1814) with
/// RSC Measurement (0x2A53, notify), RSC Feature (0x2A54, read), SC Control Point (0x2A55, write
/// and indicate) and Sensor Location (0x2A5D, read). The control point works like a pod's: a
/// central may set the total-distance counter, start a calibration, move the pod or ask where it
/// can sit.
/// </summary>
public sealed class EmulatedFootPod
{
    private static readonly SensorPlace[] Places = [SensorPlace.TopOfShoe, SensorPlace.InShoe, SensorPlace.Hip];
    private readonly Lock _gate = new();
    private SensorPlace _place = SensorPlace.TopOfShoe;
    private long _offsetRaw;
    private uint? _lastRaw;

    public EmulatedFootPod(string name = "PaceLink Pod")
    {
        Profile = new PeripheralProfile(name, GattIds.RunningSpeedAndCadenceService,
        [
            new(GattIds.RscMeasurement, ["notify"]),
            new(GattIds.RscFeature, ["read"], () => new RscFeature(true, true, true, true, true).ToArray()),
            new(GattIds.ScControlPoint, ["write", "indicate"], Write: Control),
            new(GattIds.SensorLocation, ["read"], () => new SensorLocation(Place).ToArray()),
        ]);
    }

    public PeripheralProfile Profile { get; }

    /// <summary>Where the pod says it sits (0x2A5D).</summary>
    public SensorPlace Place { get { lock (_gate) return _place; } }

    /// <summary>The measurement as sent: the total distance moved by any Set Cumulative Value a central asked for.</summary>
    public byte[] Outgoing(byte[] measured)
    {
        if (!RscMeasurement.TryParse(measured, out var m) || m.TotalDistanceRaw is not { } raw) return measured;
        lock (_gate)
        {
            _lastRaw = raw;
            var sent = (uint)(((raw + _offsetRaw) % 4294967296L + 4294967296L) % 4294967296L);
            return (m with { TotalDistanceMetres = sent / 10.0 }).ToArray();
        }
    }

    /// <summary>A write to the SC Control Point; returns the response to indicate.</summary>
    private byte[] Control(byte[] request)
    {
        if (request.Length == 0) throw new ArgumentException("empty SC Control Point write");
        var op = (ScOpCode)request[0];
        var result = ScResponseValue.Success;
        ReadOnlyMemory<byte> locations = ReadOnlyMemory<byte>.Empty;
        lock (_gate)
        {
            switch (op)
            {
                case ScOpCode.SetCumulativeValue when request.Length >= 5:
                    var wanted = BitConverter.ToUInt32(request, 1);
                    _offsetRaw = (long)wanted - (_lastRaw ?? 0);
                    break;
                case ScOpCode.StartSensorCalibration:
                    break;
                case ScOpCode.UpdateSensorLocation when request.Length >= 2 && Places.Contains((SensorPlace)request[1]):
                    _place = (SensorPlace)request[1];
                    break;
                case ScOpCode.RequestSupportedSensorLocations:
                    locations = Places.Select(p => (byte)p).ToArray();
                    break;
                case ScOpCode.SetCumulativeValue or ScOpCode.UpdateSensorLocation:
                    result = ScResponseValue.InvalidParameter;
                    break;
                default:
                    result = ScResponseValue.OpCodeNotSupported;
                    break;
            }
        }
        return new ScControlPointResponse(op, result, locations).ToArray();
    }
}
