using PaceLink.Core.Estimation;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Relay;

/// <summary>
/// What the relayed foot pod sends a watch, from what the real pod (or a treadmill) sends:
/// speed and stride scaled by the calibration, cadence and the running bit as sent, and a total
/// distance of its own that starts at 0 when the relay starts (as a pod at power-on), stays
/// continuous across the source's dropouts, reconnects and restarts, and never goes back.
/// </summary>
/// <remarks>
/// The total distance is the engine's own reconciliation (<see cref="FootPodDistance"/>): the
/// source's counter when it sends one (a pod keeps counting while out of range), the speed
/// integrated when it does not or when its counter restarted. So the watch's laps and PaceLink's
/// reps are measured from the same distance. Pure: times come with each reading.
/// </remarks>
public sealed class PodRelay
{
    /// <summary>Below this speed a treadmill's belt counts as walking (RSC's running bit off): 7.2 km/h.</summary>
    public const double TreadmillRunningMetresPerSecond = 2.0;

    private readonly FootPodDistance _distance;
    private readonly double _calibration;
    private uint _sentRaw;

    /// <param name="calibration">True distance / source distance, as the engine's calibration (1 when none).</param>
    /// <param name="gap">Silence after which the source counts as having dropped out (the engine's sensor timeout).</param>
    public PodRelay(double calibration = 1.0, TimeSpan? gap = null)
    {
        if (!double.IsFinite(calibration) || calibration <= 0) throw new ArgumentOutOfRangeException(nameof(calibration), calibration, "the calibration must be a positive number");
        _calibration = calibration;
        // No lag compensation: the relay passes each reading on at once, it does not predict between them.
        _distance = new FootPodDistance(calibration, gap ?? TimeSpan.FromSeconds(3), lagCompensation: false);
    }

    /// <summary>The total distance last sent, in metres.</summary>
    public double TotalDistanceMetres => _sentRaw / 10.0;

    /// <summary>The relayed RSC Measurement (0x2A53) for a pod's RSC Measurement taken at <paramref name="at"/>; null for a payload that does not decode.</summary>
    public byte[]? FromPod(TimeSpan at, ReadOnlySpan<byte> payload)
    {
        if (!RscMeasurement.TryParse(payload, out var m)) return null;
        var stride = m.StrideLengthMetres is { } s ? s * _calibration : (double?)null;
        return Relayed(at, m, m with { SpeedMetresPerSecond = m.SpeedMetresPerSecond * _calibration, StrideLengthMetres = stride });
    }

    /// <summary>
    /// The relayed RSC Measurement for a treadmill's Treadmill Data (0x2ACD): belt speed, the
    /// machine's distance, no cadence or stride (a treadmill counts no steps). Null when the payload
    /// does not decode or carries no speed (a "more data" fragment).
    /// </summary>
    public byte[]? FromTreadmill(TimeSpan at, ReadOnlySpan<byte> payload)
    {
        if (!TreadmillData.TryParse(payload, out var t) || t.InstantaneousSpeedKmh is not { } kmh) return null;
        var speed = kmh / 3.6;
        var reading = new RscMeasurement(speed, 0, null, t.TotalDistanceMetres is { } d ? d : null, speed >= TreadmillRunningMetresPerSecond);
        return Relayed(at, reading, reading with { SpeedMetresPerSecond = speed * _calibration });
    }

    private byte[] Relayed(TimeSpan at, RscMeasurement reading, RscMeasurement sent)
    {
        _distance.Add(at, reading);
        // The reconciled distance only grows; the counter is held anyway, so rounding can never step it back.
        var raw = (uint)Math.Min(uint.MaxValue, Math.Round(_distance.Committed * 10));
        if (raw > _sentRaw) _sentRaw = raw;
        return (sent with { TotalDistanceMetres = _sentRaw / 10.0 }).ToArray();
    }
}
