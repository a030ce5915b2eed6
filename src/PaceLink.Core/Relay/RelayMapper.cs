using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Relay;

/// <summary>One value the relay sends as its own sensor: <see cref="Sensor"/> is "pod" or "hr", the service and characteristic are where it goes.</summary>
public sealed record RelayedValue(TimeSpan At, string Sensor, ushort Service, ushort Characteristic, byte[] Payload);

/// <summary>
/// Which incoming notification becomes which outgoing value: the pod's (or the treadmill's)
/// measurement becomes the relayed pod's RSC Measurement through <see cref="PodRelay"/>, the
/// strap's Heart Rate Measurement goes out unchanged (RR intervals included), and everything else
/// (the other source, what the options leave out, payloads that do not decode) goes nowhere. Pure.
/// </summary>
public sealed class RelayMapper(RelayOptions options)
{
    private readonly PodRelay _pod = new(options.Calibration, options.Gap);

    public RelayOptions Options { get; } = options;

    /// <summary>The relayed pod's total distance so far, in metres.</summary>
    public double TotalDistanceMetres => _pod.TotalDistanceMetres;

    /// <summary>The relayed pod's session id in traces ("pod").</summary>
    public static string PodSensor => SensorKindNames.SessionId(SensorKind.Rsc);

    /// <summary>The relayed strap's session id in traces ("hr").</summary>
    public static string HeartRateSensor => SensorKindNames.SessionId(SensorKind.Hr);

    /// <summary>What to send for <paramref name="n"/>, or null when it is not relayed.</summary>
    public RelayedValue? Map(Notification n)
    {
        switch (n.Characteristic)
        {
            case GattIds.RscMeasurement when Options.Pod && !Options.FromTreadmill:
                return Pod(n.At, _pod.FromPod(n.At, n.Payload.Span));
            case GattIds.TreadmillData when Options.Pod && Options.FromTreadmill:
                return Pod(n.At, _pod.FromTreadmill(n.At, n.Payload.Span));
            case GattIds.HeartRateMeasurement when Options.HeartRate && HeartRateMeasurement.TryParse(n.Payload, out _):
                // Byte for byte: the watch decodes the strap's own flags, energy and RR intervals.
                return new RelayedValue(n.At, HeartRateSensor, GattIds.HeartRateService, GattIds.HeartRateMeasurement, n.Payload.ToArray());
            default:
                return null;
        }
    }

    /// <summary>The relayed battery level for the source's battery <paramref name="percent"/> (0x2A19 on the pod), or null when no pod is served.</summary>
    public RelayedValue? Battery(TimeSpan at, int percent) =>
        Options.Pod && percent is >= 0 and <= 100
            ? new RelayedValue(at, PodSensor, GattIds.BatteryService, GattIds.BatteryLevel, new BatteryLevel((byte)percent).ToArray())
            : null;

    private static RelayedValue? Pod(TimeSpan at, byte[]? payload) =>
        payload is null ? null : new RelayedValue(at, PodSensor, GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement, payload);
}
