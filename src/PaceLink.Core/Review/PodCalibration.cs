using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>One rep as a calibration measurement: what the pod counted for a known track distance.</summary>
public sealed record CalibrationRep(int Set, int Rep, double TrackMetres, double PodMetres, bool MarkedByLap)
{
    /// <summary>The factor that turns this rep's pod distance into the track distance.</summary>
    public double Factor => PodMetres > 0 ? TrackMetres / PodMetres : double.NaN;
}

/// <summary>
/// The foot pod's calibration factor (true distance / pod distance) measured from reps on a track,
/// with its spread across reps as the confidence.
/// </summary>
public sealed record CalibrationResult(double Factor, IReadOnlyList<CalibrationRep> Reps, double SpreadPercent)
{
    /// <summary>"high" when reps agree within 0.5 %, "medium" within 1.5 %, else "low"; fewer than 3 reps is never high.</summary>
    public string Confidence => Reps.Count == 0 ? "none"
        : SpreadPercent <= 0.5 && Reps.Count >= 3 ? "high"
        : SpreadPercent <= 1.5 ? "medium"
        : "low";
}

/// <summary>
/// Measures the pod against the track. Each rep is taken to start on the line and to run a whole
/// number of laps to the line. Where the rep ended is, in order of trust: a lap pressed at the line
/// (during the rep or within 30 s after its cue), else the moment the runner actually stopped running
/// (pod speed falling below three quarters of the rep's pace, which a jog into the cool-down also does). A miscalibrated pod ends the engine's rep early or
/// late; the runner stops at the line regardless, which is what makes the measurement possible.
/// </summary>
public static class PodCalibration
{
    private static readonly TimeSpan LapWindowAfterCue = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StartGrace = TimeSpan.FromSeconds(5);

    public static CalibrationResult Estimate(SessionInput input, double lapMetres = 400, IReadOnlyList<TimeSpan>? laps = null)
    {
        if (lapMetres <= 0) throw new ArgumentOutOfRangeException(nameof(lapMetres), "the lap length must be positive");
        var spans = PhaseSpan.FromEvents(input.Events, input.End);
        var raw = DistanceSeries.From(input.Samples.Pod);
        var repDistances = input.Events.OfType<RepCompleted>().GroupBy(r => (r.Set, r.Rep)).ToDictionary(g => g.Key, g => g.First().DistanceMetres);
        var measured = new List<CalibrationRep>();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Phase != Phase.Rep) continue;
            var after = i + 1 < spans.Count ? spans[i + 1] : span;
            var lap = laps?.FirstOrDefault(t => t > span.Start + StartGrace && t <= span.End + LapWindowAfterCue);
            var end = lap is { } l && l != default ? l : Stop(input.Samples, span, after.End);
            if (end is not { } stop) continue;
            var podMetres = raw.Between(span.Start, stop);
            var planned = repDistances.GetValueOrDefault((span.Set, span.Rep), podMetres);
            var track = Math.Max(1, Math.Round(planned / lapMetres)) * lapMetres;
            if (podMetres > 0) measured.Add(new CalibrationRep(span.Set, span.Rep, track, podMetres, lap is { } m && m != default));
        }
        if (measured.Count == 0) return new CalibrationResult(double.NaN, measured, double.NaN);
        var factors = measured.Select(r => r.Factor).ToList();
        var mean = factors.Average();
        var sd = factors.Count > 1 ? Math.Sqrt(factors.Sum(f => (f - mean) * (f - mean)) / (factors.Count - 1)) : 0;
        // The median resists one rep where the runner stopped short or ran past the line.
        return new CalibrationResult(RecoveryTrend.Median(factors), measured, sd / mean * 100);
    }

    /// <summary>
    /// When the runner had stopped after a rep's start: the first pod sample below half the rep's
    /// typical speed. Its total-distance counter holds every metre run up to the stop.
    /// </summary>
    private static TimeSpan? Stop(SessionSamples samples, PhaseSpan rep, TimeSpan searchUntil)
    {
        var during = SampleWindow.Pod(samples, rep.Start + StartGrace, rep.End).Select(p => p.SpeedMetresPerSecond).ToList();
        if (during.Count == 0) return null;
        var threshold = RecoveryTrend.Median(during) * 0.75;
        return SampleWindow.Pod(samples, rep.Start + StartGrace, searchUntil)
            .Where(p => p.SpeedMetresPerSecond < threshold)
            .Select(p => (TimeSpan?)p.At)
            .FirstOrDefault();
    }
}
