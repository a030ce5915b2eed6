using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Tests.Support;

/// <summary>
/// A scripted runner: speed changes at given times, distance is its exact integral. Produces the
/// foot-pod notifications a pod would send at a fixed rate, encoded with the real RSC encoder.
/// </summary>
internal sealed class Runner
{
    private readonly List<(double From, double Speed)> _legs = [(0, 0)];

    /// <summary>From <paramref name="fromSeconds"/> on the runner moves at <paramref name="metresPerSecond"/>.</summary>
    public Runner At(double fromSeconds, double metresPerSecond)
    {
        _legs.Add((fromSeconds, metresPerSecond));
        _legs.Sort((a, b) => a.From.CompareTo(b.From));
        return this;
    }

    public static Runner Steady(double metresPerSecond) => new Runner().At(0, metresPerSecond);

    public double SpeedAt(double t) => _legs.Last(l => l.From <= t).Speed;

    public double DistanceAt(double t)
    {
        double d = 0;
        for (var i = 0; i < _legs.Count; i++)
        {
            var start = _legs[i].From;
            if (start >= t) break;
            var end = i + 1 < _legs.Count ? Math.Min(_legs[i + 1].From, t) : t;
            d += _legs[i].Speed * (end - start);
        }
        return d;
    }

    /// <summary>Pod notifications from <paramref name="from"/> to <paramref name="to"/> (inclusive) at <paramref name="hz"/>.</summary>
    public IEnumerable<Notification> Pod(double from, double to, double hz = 1, bool totalDistance = true, double distanceOffset = 0, string sensor = "pod")
    {
        var n = (int)Math.Round((to - from) * hz);
        for (var i = 0; i <= n; i++)
        {
            var t = from + i / hz;
            // A real pod's 32-bit counter (1/10 m) wraps; the encoder would clamp, so wrap it here.
            var raw = (ulong)Math.Round((distanceOffset + DistanceAt(t)) * 10) % (1UL << 32);
            var m = new RscMeasurement(SpeedAt(t), 180, null, totalDistance ? raw / 10.0 : null, true);
            yield return new Notification(TimeSpan.FromSeconds(t), sensor, GattIds.RscMeasurement, m.ToArray());
        }
    }

    /// <summary>Heart-rate notifications at 1 Hz with the value <paramref name="bpm"/> gives for each second.</summary>
    public static IEnumerable<Notification> HeartRate(double from, double to, Func<double, int> bpm, string sensor = "hr")
    {
        for (var t = from; t <= to; t++)
        {
            var m = new HeartRateMeasurement(bpm(t), SensorContact.Detected, null, RrIntervals.Empty);
            yield return new Notification(TimeSpan.FromSeconds(t), sensor, GattIds.HeartRateMeasurement, m.ToArray());
        }
    }
}
