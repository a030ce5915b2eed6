namespace PaceLink.Core.Review;

/// <summary>
/// Cumulative distance over time from the foot pod, as a piecewise-linear function.
/// Uses the pod's total-distance counter where it sends one (raw 1/10 m, unsigned 32-bit wrap;
/// a drop is a pod restart) and integrates speed otherwise, then applies the calibration factor.
/// </summary>
public sealed class DistanceSeries
{
    private const double CounterRangeMetres = 4294967296 / 10.0;
    private readonly TimeSpan[] _at;
    private readonly double[] _metres;

    private DistanceSeries(TimeSpan[] at, double[] metres)
    {
        _at = at;
        _metres = metres;
    }

    /// <summary>Total distance at the end of the session.</summary>
    public double Total => _metres.Length > 0 ? _metres[^1] : 0;

    public static DistanceSeries From(IReadOnlyList<PodSample> pod, double calibration = 1.0)
    {
        var at = new TimeSpan[pod.Count];
        var metres = new double[pod.Count];
        double total = 0;
        for (var i = 0; i < pod.Count; i++)
        {
            if (i > 0) total += Step(pod[i - 1], pod[i]) * calibration;
            at[i] = pod[i].At;
            metres[i] = total;
        }
        return new DistanceSeries(at, metres);
    }

    /// <summary>Metres covered between two consecutive samples, before calibration.</summary>
    internal static double Step(PodSample previous, PodSample current)
    {
        if (previous.TotalDistanceMetres is { } a && current.TotalDistanceMetres is { } b)
        {
            var delta = b - a;
            // A small negative jump near the top of the range is a wrap; anything else is a restart,
            // for which the counter says nothing: fall back to the speed.
            if (delta >= 0) return delta;
            if (a > CounterRangeMetres - 1000) return delta + CounterRangeMetres;
        }
        var seconds = (current.At - previous.At).TotalSeconds;
        return (previous.SpeedMetresPerSecond + current.SpeedMetresPerSecond) / 2 * seconds;
    }

    /// <summary>Distance at <paramref name="t"/>, interpolated between samples and held outside them.</summary>
    public double At(TimeSpan t)
    {
        if (_at.Length == 0) return 0;
        if (t <= _at[0]) return _metres[0];
        if (t >= _at[^1]) return _metres[^1];
        var i = Array.BinarySearch(_at, t);
        if (i >= 0) return _metres[i];
        i = ~i;
        var f = (t - _at[i - 1]).TotalSeconds / (_at[i] - _at[i - 1]).TotalSeconds;
        return _metres[i - 1] + f * (_metres[i] - _metres[i - 1]);
    }

    /// <summary>Distance covered between two times.</summary>
    public double Between(TimeSpan from, TimeSpan to) => At(to) - At(from);

    /// <summary>The first time the distance reaches <paramref name="metres"/>, interpolated; null if it never does.</summary>
    public TimeSpan? TimeAt(double metres)
    {
        for (var i = 1; i < _at.Length; i++)
        {
            if (_metres[i] < metres) continue;
            var span = _metres[i] - _metres[i - 1];
            var f = span > 0 ? (metres - _metres[i - 1]) / span : 1;
            return _at[i - 1] + (_at[i] - _at[i - 1]) * Math.Clamp(f, 0, 1);
        }
        return _at.Length > 0 && _metres[0] >= metres ? _at[0] : null;
    }
}
