using System.Reactive.Concurrency;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation.Runner;

namespace PaceLink.Simulation.Sensors;

/// <summary>
/// A chest strap on the simulated runner: Heart Rate Measurement (0x2A37) payloads with the
/// rounded heart rate, skin contact and the RR intervals of the beats since the last one.
/// </summary>
public sealed class SimulatedHeartStrap
{
    /// <summary>The id the session knows the strap by.</summary>
    public const string Id = "hr";

    /// <summary>RR intervals that fit in one notification of the default 23-byte ATT MTU.</summary>
    private const int MaxRrPerNotification = 9;

    private readonly SimulatedRunner _runner;
    private readonly HeartStrapOptions _options;
    private readonly Random _random;
    private int _beatsSeen;

    /// <summary>Creates the strap; <paramref name="seed"/> fixes its radio timing.</summary>
    public SimulatedHeartStrap(SimulatedRunner runner, HeartStrapOptions options, int seed)
    {
        _runner = runner;
        _options = options;
        _random = new Random(unchecked(seed * 31 + 29));
    }

    /// <summary>What the trace header says about it.</summary>
    public static SensorInfo Info { get; } = new(Id, SensorKind.Hr, "PaceLink simulated heart-rate strap", "00:00:5E:00:53:02");

    /// <summary>Notifications on <paramref name="scheduler"/>; <paramref name="origin"/> is the session start.</summary>
    public IObservable<Notification> Notifications(IScheduler scheduler, DateTimeOffset origin) =>
        SensorTransmitter.Transmit(scheduler, origin, Id, GattIds.HeartRateMeasurement, _options.Hz, _options.Link, _random, Measure);

    internal byte[] Measure(TimeSpan at)
    {
        var state = _runner.StateAt(at);
        var beats = _runner.Heartbeats;
        var rr = new List<double>();
        while (_beatsSeen < beats.Count && beats[_beatsSeen].At <= at)
        {
            rr.Add(beats[_beatsSeen].RrSeconds);
            _beatsSeen++;
        }
        if (rr.Count > MaxRrPerNotification) rr.RemoveRange(0, rr.Count - MaxRrPerNotification);
        var intervals = _options.SendsRrIntervals ? RrIntervals.FromSeconds(rr) : RrIntervals.Empty;
        return new HeartRateMeasurement((int)Math.Round(state.HeartRate), SensorContact.Detected, null, intervals).ToArray();
    }
}
