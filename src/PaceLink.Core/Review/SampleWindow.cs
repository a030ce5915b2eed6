namespace PaceLink.Core.Review;

/// <summary>Statistics of the samples inside a time window [from, to].</summary>
internal static class SampleWindow
{
    /// <summary>How long a sample stays the "current" value: beyond that the sensor is treated as silent.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(3);

    public static IEnumerable<HeartSample> Heart(SessionSamples s, TimeSpan from, TimeSpan to) =>
        s.Heart.Where(h => h.At >= from && h.At <= to);

    public static IEnumerable<PodSample> Pod(SessionSamples s, TimeSpan from, TimeSpan to) =>
        s.Pod.Where(p => p.At >= from && p.At <= to);

    public static double? AverageHeartRate(SessionSamples s, TimeSpan from, TimeSpan to) =>
        Average(Heart(s, from, to).Select(h => (double)h.BeatsPerMinute));

    public static int? MaxHeartRate(SessionSamples s, TimeSpan from, TimeSpan to) =>
        Heart(s, from, to).Select(h => (int?)h.BeatsPerMinute).Max();

    /// <summary>Cadence while moving: standing still says nothing about running form.</summary>
    public static double? AverageCadence(SessionSamples s, TimeSpan from, TimeSpan to) =>
        Average(Pod(s, from, to).Where(p => p.SpeedMetresPerSecond > 0 && p.Cadence > 0).Select(p => (double)p.Cadence));

    public static double? AverageStride(SessionSamples s, TimeSpan from, TimeSpan to) =>
        Average(Pod(s, from, to).Where(p => p.StrideLengthMetres > 0).Select(p => p.StrideLengthMetres!.Value));

    public static double? MaxSpeed(SessionSamples s, TimeSpan from, TimeSpan to) =>
        Pod(s, from, to).Select(p => (double?)p.SpeedMetresPerSecond).Max();

    /// <summary>The heart rate at <paramref name="t"/>: the last reading at or before it, else the first one just after.</summary>
    public static int? HeartRateAt(SessionSamples s, TimeSpan t)
    {
        var i = LastAtOrBefore(s.Heart, t);
        if (i >= 0 && t - s.Heart[i].At <= Hold) return s.Heart[i].BeatsPerMinute;
        return i + 1 < s.Heart.Count && s.Heart[i + 1].At - t <= Hold ? s.Heart[i + 1].BeatsPerMinute : null;
    }

    /// <summary>The current pod sample at <paramref name="t"/>, or null when the pod has been silent too long.</summary>
    public static PodSample? PodAt(SessionSamples s, TimeSpan t)
    {
        var i = LastAtOrBefore(s.Pod, t);
        return i >= 0 && t - s.Pod[i].At <= Hold ? s.Pod[i] : null;
    }

    /// <summary>
    /// The pod's speed at <paramref name="t"/> itself, interpolated between the samples either side as
    /// the distance is, so a per-second row's speed and distance describe the same instant (the last
    /// sample alone lags by up to a sample period, most visibly at a rep's start from standing).
    /// Held after the last sample for <see cref="Hold"/>; null when the pod has been silent too long.
    /// </summary>
    public static double? SpeedAt(SessionSamples s, TimeSpan t)
    {
        var i = LastAtOrBefore(s.Pod, t);
        if (i < 0 || t - s.Pod[i].At > Hold) return null;
        var before = s.Pod[i];
        if (i + 1 >= s.Pod.Count || s.Pod[i + 1].At - before.At > Hold || t == before.At) return before.SpeedMetresPerSecond;
        var after = s.Pod[i + 1];
        var f = (t - before.At).TotalSeconds / (after.At - before.At).TotalSeconds;
        return before.SpeedMetresPerSecond + f * (after.SpeedMetresPerSecond - before.SpeedMetresPerSecond);
    }

    public static int? HeartRateHeld(SessionSamples s, TimeSpan t)
    {
        var i = LastAtOrBefore(s.Heart, t);
        return i >= 0 && t - s.Heart[i].At <= Hold ? s.Heart[i].BeatsPerMinute : null;
    }

    private static int LastAtOrBefore(IReadOnlyList<HeartSample> items, TimeSpan t) => LastAtOrBefore(items, t, h => h.At);

    private static int LastAtOrBefore(IReadOnlyList<PodSample> items, TimeSpan t) => LastAtOrBefore(items, t, p => p.At);

    private static int LastAtOrBefore<T>(IReadOnlyList<T> items, TimeSpan t, Func<T, TimeSpan> timeOf)
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (timeOf(items[mid]) <= t) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    private static double? Average(IEnumerable<double> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values) { sum += v; n++; }
        return n > 0 ? sum / n : null;
    }
}
