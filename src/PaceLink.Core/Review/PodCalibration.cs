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
    /// <summary>
    /// "high" when at least 3 reps, all marked by a lap at the line, agree within 0.5 %; "medium" within
    /// 1.5 % (reps ended by the runner slowing down are never better); else "low".
    /// </summary>
    public string Confidence => Reps.Count == 0 ? "none"
        : SpreadPercent <= 0.5 && Reps.Count >= 3 && Reps.All(r => r.MarkedByLap) ? "high"
        : SpreadPercent <= 1.5 ? "medium"
        : "low";

    /// <summary>True when no rep was ended by a lap at the line: every end came from the pod's own data.</summary>
    public bool OnlyPodEnds => Reps.Count > 0 && Reps.All(r => !r.MarkedByLap);

    /// <summary>
    /// The same measurement from the reps ended by a lap at the line alone. A rep that ended where
    /// the runner slowed down is only as true as the runner's stop: one who stopped on PaceLink's own
    /// cue stopped where the pod said 400 m, and the pod then confirms itself.
    /// </summary>
    public CalibrationResult LappedOnly() => PodCalibration.From([.. Reps.Where(r => r.MarkedByLap)]);
}

/// <summary>
/// Measures the pod against the track. Each rep is a run from a standing start on the line over a
/// whole number of laps, found in the pod's own data (a stretch near rep speed) so that it does
/// not matter when the engine ended the rep: a miscalibrated pod cues early or late, the track
/// does not move. The rep starts at the last moment the runner stood (or walked) before it, and
/// ends, in order of trust, at a lap pressed at the line, else where the runner slowed down
/// (half a reading after the last fast one: about ±1 % per rep at 1 Hz, so never "high" confidence).
/// </summary>
public static class PodCalibration
{
    private const double FastShare = 0.85;
    private const double StandingShare = 0.35;
    private static readonly TimeSpan LookBackForStart = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LapAfterRun = TimeSpan.FromSeconds(30);

    public static CalibrationResult Estimate(SessionInput input, double lapMetres = 400, IReadOnlyList<TimeSpan>? laps = null) =>
        Estimate(input.Samples, input.Events, laps ?? [], lapMetres);

    public static CalibrationResult Estimate(SessionSamples samples, IReadOnlyList<CoachingEvent> events, IReadOnlyList<TimeSpan> laps, double lapMetres = 400)
    {
        if (!(lapMetres > 0)) throw new ArgumentOutOfRangeException(nameof(lapMetres), "the lap length must be positive");
        var pod = samples.Pod;
        var measured = new List<CalibrationRep>();
        var moving = pod.Where(p => p.SpeedMetresPerSecond > 0).Select(p => p.SpeedMetresPerSecond).OrderBy(v => v).ToList();
        if (moving.Count == 0) return new CalibrationResult(double.NaN, measured, double.NaN);
        var repSpeed = moving[(int)Math.Floor((moving.Count - 1) * 0.9)];
        var raw = DistanceSeries.From(pod);
        var repStarts = events.OfType<PhaseStarted>().Where(p => p.Phase == Phase.Rep).ToList();
        var ordinal = 0;
        foreach (var (first, last) in FastStretches(pod, repSpeed * FastShare))
        {
            var label = repStarts.LastOrDefault(r => r.At <= pod[first].At && pod[first].At - r.At < LookBackForStart);
            var start = StartOf(pod, first, repSpeed * StandingShare, label?.At);
            var lap = laps.Where(t => t > start + TimeSpan.FromSeconds(10) && t <= pod[last].At + LapAfterRun).Select(t => (TimeSpan?)t).FirstOrDefault();
            var podMetres = lap is { } marked ? raw.Between(start, marked) : raw.Between(start, pod[last].At) + HalfAReading(pod, last);
            if (podMetres < lapMetres / 2) continue;
            ordinal++;
            var track = Math.Max(1, Math.Round(podMetres / lapMetres)) * lapMetres;
            measured.Add(new CalibrationRep(label?.Set ?? 0, label?.Rep ?? ordinal, track, podMetres, lap is not null));
        }
        return From(measured);
    }

    /// <summary>The factor (median) and spread of measured reps.</summary>
    internal static CalibrationResult From(IReadOnlyList<CalibrationRep> measured)
    {
        if (measured.Count == 0) return new CalibrationResult(double.NaN, measured, double.NaN);
        var factors = measured.Select(r => r.Factor).ToList();
        var mean = factors.Average();
        var sd = factors.Count > 1 ? Math.Sqrt(factors.Sum(f => (f - mean) * (f - mean)) / (factors.Count - 1)) : 0;
        // The median resists one rep where the runner stopped short or ran past the line.
        return new CalibrationResult(RecoveryTrend.Median(factors), measured, sd / mean * 100);
    }

    /// <summary>
    /// A runner crossing the line keeps going for a moment before the pod shows the slow-down:
    /// about 0.35 s to react and 0.3 s to lose 15 % of the speed.
    /// </summary>
    private static readonly TimeSpan EaseOff = TimeSpan.FromSeconds(0.65);

    /// <summary>
    /// The slow-down showed somewhere within the reading period after the last fast reading: take the
    /// middle of it, less the ease-off after the line, at that reading's speed.
    /// </summary>
    private static double HalfAReading(IReadOnlyList<PodSample> pod, int last)
    {
        var period = last + 1 < pod.Count ? pod[last + 1].At - pod[last].At
            : last > 0 ? pod[last].At - pod[last - 1].At : TimeSpan.Zero;
        return pod[last].SpeedMetresPerSecond * (period / 2 - EaseOff).TotalSeconds;
    }

    /// <summary>Index ranges of consecutive readings at or above <paramref name="threshold"/>.</summary>
    private static IEnumerable<(int First, int Last)> FastStretches(IReadOnlyList<PodSample> pod, double threshold)
    {
        var first = -1;
        for (var i = 0; i <= pod.Count; i++)
        {
            var fast = i < pod.Count && pod[i].SpeedMetresPerSecond >= threshold;
            if (fast && first < 0) first = i;
            if (!fast && first >= 0)
            {
                yield return (first, i - 1);
                first = -1;
            }
        }
    }

    /// <summary>
    /// Where the runner stood on the line: the last reading at standing or walking speed shortly
    /// before a fast stretch. A rolling start (no such reading) falls back to the engine's "go".
    /// </summary>
    private static TimeSpan StartOf(IReadOnlyList<PodSample> pod, int first, double standing, TimeSpan? go)
    {
        for (var i = first - 1; i >= 0 && pod[first].At - pod[i].At <= LookBackForStart; i--)
            if (pod[i].SpeedMetresPerSecond <= standing) return pod[i].At;
        return go ?? (first > 0 ? pod[first - 1].At : pod[first].At);
    }
}
