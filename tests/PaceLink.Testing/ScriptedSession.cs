using PaceLink.Core.Coaching;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Review;

namespace PaceLink.Testing;

/// <summary>
/// A scripted session with known truth: the runner holds a constant speed per phase, the heart
/// rate climbs linearly through a rep and falls exponentially in a rest, and both sensors send
/// real GATT payloads on a fixed tick. The script also plays the engine's part, emitting the
/// phase and rep-complete events at the exact true times.
/// </summary>
public sealed class ScriptedSession
{
    private readonly List<Segment> _segments = [];
    private double _t;

    public double PodHz { get; init; } = 1;
    public double HeartHz { get; init; } = 1;

    /// <summary>How much the pod overstates distance and speed: 1.04 is a pod 4 % long.</summary>
    public double PodFactor { get; init; } = 1.0;
    public bool SendsTotalDistance { get; init; } = true;
    public bool SendsStride { get; init; } = true;

    /// <summary>False for a session without a heart-rate strap.</summary>
    public bool SendsHeartRate { get; init; } = true;
    public double RestingHeartRate { get; init; } = 100;
    public double RecoverySeconds { get; init; } = 40;
    public DateTimeOffset StartedUtc { get; init; } = new(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<(int Set, int Rep, double Split)> TrueSplits =>
        _segments.Where(s => s.Phase == Phase.Rep).Select(s => (s.Set, s.Rep, s.End - s.Start)).ToList();

    public double TrueDistance => _segments.Sum(s => s.Speed * (s.End - s.Start));

    public ScriptedSession Warmup(double seconds, double speed) => Add(Phase.Warmup, 0, 0, seconds, speed, 130);

    /// <summary>A rep of <paramref name="metres"/> run at <paramref name="speed"/>, the heart rate rising to <paramref name="peakHeartRate"/>.</summary>
    public ScriptedSession Rep(int set, int rep, double speed, double peakHeartRate, double metres = 400) =>
        Add(Phase.Rep, set, rep, metres / speed, speed, peakHeartRate);

    public ScriptedSession Rest(int set, int afterRep, double seconds, Phase kind = Phase.Rest) =>
        Add(kind, set, afterRep, seconds, 0, RestingHeartRate);

    public ScriptedSession Cooldown(double seconds, double speed) => Add(Phase.Cooldown, 0, 0, seconds, speed, 120);

    /// <summary>The true heart rate at <paramref name="t"/> seconds.</summary>
    public double HeartRate(double t)
    {
        double hr = 120;
        foreach (var s in _segments)
        {
            var into = Math.Min(t, s.End) - s.Start;
            if (into < 0) break;
            hr = s.Phase switch
            {
                Phase.Rep => hr + (s.HeartTarget - hr) * into / (s.End - s.Start),
                Phase.Rest or Phase.SetRest => s.HeartTarget + (hr - s.HeartTarget) * Math.Exp(-into / RecoverySeconds),
                _ => s.HeartTarget,
            };
        }
        return hr;
    }

    /// <summary>The heart rate the strap last sent at or before <paramref name="t"/> (what a review can see).</summary>
    public int SentHeartRate(double t) => (int)Math.Round(HeartRate(Math.Floor(t * HeartHz) / HeartHz));

    public double Speed(double t) => _segments.FirstOrDefault(s => t >= s.Start && t < s.End)?.Speed ?? 0;

    public double Distance(double t) => _segments.Sum(s => s.Speed * Math.Clamp(t - s.Start, 0, s.End - s.Start));

    public IReadOnlyList<CoachingEvent> Events()
    {
        var events = new List<CoachingEvent>();
        foreach (var s in _segments)
        {
            events.Add(new PhaseStarted(TimeSpan.FromSeconds(s.Start), s.Phase, s.Set, s.Rep));
            if (s.Phase == Phase.Rep)
                events.Add(new RepCompleted(TimeSpan.FromSeconds(s.End), s.Set, s.Rep, s.End - s.Start, s.Speed * (s.End - s.Start)));
        }
        events.Add(new PhaseStarted(TimeSpan.FromSeconds(_t), Phase.Done, 0, 0));
        return events;
    }

    public IReadOnlyList<Notification> Notifications()
    {
        var list = new List<Notification>();
        for (var k = 0; k / PodHz <= _t; k++)
        {
            var t = k / PodHz;
            var v = Speed(t) * PodFactor;
            var cadence = v > 0 ? 180 : 0;
            var rsc = new RscMeasurement(v, (byte)cadence, SendsStride && v > 0 ? v * 60 / cadence : null,
                SendsTotalDistance ? Distance(t) * PodFactor : null, v > 2.5);
            list.Add(new Notification(TimeSpan.FromSeconds(t), "pod", GattIds.RscMeasurement, rsc.ToArray()));
        }
        for (var k = 0; SendsHeartRate && k / HeartHz <= _t; k++)
        {
            var t = k / HeartHz;
            var hr = new HeartRateMeasurement((int)Math.Round(HeartRate(t)), SensorContact.Detected, null, RrIntervals.Empty);
            list.Add(new Notification(TimeSpan.FromSeconds(t), "hr", GattIds.HeartRateMeasurement, hr.ToArray()));
        }
        return list.OrderBy(n => n.At).ToList();
    }

    public SessionInput ToInput(double calibration = 1.0, RepTarget? target = null) =>
        new(StartedUtc, Events(), SessionSamples.Decode(Notifications()), calibration, target);

    private ScriptedSession Add(Phase phase, int set, int rep, double seconds, double speed, double heartTarget)
    {
        _segments.Add(new Segment(phase, set, rep, _t, _t + seconds, speed, heartTarget));
        _t += seconds;
        return this;
    }

    /// <summary>The standard set: 4 x 400 m with rests of 60, 45 and 30 s.</summary>
    public ScriptedSession Set(int set, double speed, double peakHeartRate, double? setRestSeconds)
    {
        double[] rests = [60, 45, 30];
        for (var rep = 1; rep <= 4; rep++)
        {
            Rep(set, rep, speed, peakHeartRate + rep);
            if (rep < 4) Rest(set, rep, rests[rep - 1]);
        }
        return setRestSeconds is { } sr ? Rest(set, 4, sr, Phase.SetRest) : this;
    }

    private sealed record Segment(Phase Phase, int Set, int Rep, double Start, double End, double Speed, double HeartTarget);
}
