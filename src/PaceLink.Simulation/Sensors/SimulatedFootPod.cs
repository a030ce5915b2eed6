using System.Reactive.Concurrency;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation.Runner;

namespace PaceLink.Simulation.Sensors;

/// <summary>
/// A foot pod on the simulated runner's shoe: it measures each stride (with its calibration
/// error and a little noise), so its distance advances per step, and sends RSC Measurement
/// (0x2A53) payloads at 1-4 Hz.
/// </summary>
public sealed class SimulatedFootPod
{
    /// <summary>The id the session knows the pod by.</summary>
    public const string Id = "pod";

    private readonly SimulatedRunner _runner;
    private readonly FootPodOptions _options;
    private readonly Random _random;
    private int _footfallsSeen;
    private double _measured;

    /// <summary>Creates the pod; <paramref name="seed"/> fixes its noise and radio timing.</summary>
    public SimulatedFootPod(SimulatedRunner runner, FootPodOptions options, int seed)
    {
        _runner = runner;
        _options = options;
        _random = new Random(unchecked(seed * 31 + 17));
    }

    /// <summary>What the trace header says about it.</summary>
    public static SensorInfo Info { get; } = new(Id, SensorKind.Rsc, "PaceLink simulated foot pod", "00:00:5E:00:53:01");

    /// <summary>Distance the pod has measured so far (m, with its calibration error).</summary>
    public double MeasuredDistanceMetres => _measured;

    /// <summary>Notifications on <paramref name="scheduler"/>; <paramref name="origin"/> is the session start.</summary>
    public IObservable<Notification> Notifications(IScheduler scheduler, DateTimeOffset origin) =>
        SensorTransmitter.Transmit(scheduler, origin, Id, GattIds.RscMeasurement, _options.Hz, _options.Link, _random, Measure);

    /// <summary>Reads the runner at <paramref name="at"/> the way a pod does and encodes the payload.</summary>
    internal byte[] Measure(TimeSpan at)
    {
        _runner.AdvanceTo(at);
        var scale = 1 + _options.CalibrationError;
        var footfalls = _runner.Footfalls;
        while (_footfallsSeen < footfalls.Count && footfalls[_footfallsSeen].At <= at)
        {
            var previous = _footfallsSeen > 0 ? footfalls[_footfallsSeen - 1].DistanceMetres : 0;
            var step = footfalls[_footfallsSeen].DistanceMetres - previous;
            _measured += step * scale * (1 + _options.StrideNoise * Runner.Gaussian.Next(_random));
            _footfallsSeen++;
        }
        var (speed, cadence) = RecentStrides(footfalls, at, scale);
        double? total = null;
        if (_options.SendsTotalDistance)
        {
            // The field is a 32-bit count of 0.1 m that wraps around.
            var raw = (uint)((long)Math.Round((_options.TotalDistanceAtStartMetres + _measured) * 10) % 4294967296L);
            total = raw / 10.0;
        }
        double? stride = _options.SendsStrideLength && cadence > 0 ? speed / (cadence / 60) : null;
        return new RscMeasurement(speed, (byte)Math.Clamp(Math.Round(cadence), 0, 255), stride, total, cadence >= 140).ToArray();
    }

    /// <summary>
    /// Speed and cadence over the last two strides, as pods measure them stride by stride; a
    /// footfall more than a second before the next one belongs to an earlier bout and is not used.
    /// </summary>
    private (double Speed, double Cadence) RecentStrides(IReadOnlyList<Footfall> footfalls, TimeSpan at, double scale)
    {
        var last = _footfallsSeen - 1;
        if (last < 1 || at - footfalls[last].At > TimeSpan.FromSeconds(1.2)) return (0, 0);
        var first = last;
        while (first > 0 && last - first < 2 && footfalls[first].At - footfalls[first - 1].At < TimeSpan.FromSeconds(1)) first--;
        var seconds = (footfalls[last].At - footfalls[first].At).TotalSeconds;
        if (first == last || seconds <= 0) return (0, 0);
        var metres = footfalls[last].DistanceMetres - footfalls[first].DistanceMetres;
        return (metres * scale / seconds, 60 * (last - first) / seconds);
    }
}
