using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>
/// The session at one whole second: where the runner was in the workout and what the sensors said.
/// Sensor values are null when that sensor had been silent for more than three seconds. Speed is
/// taken at the second itself, as the distance is; cadence and stride length (the distance of one
/// foot strike, as the pod sends it) are the pod's latest values.
/// </summary>
public sealed record TimelineRow(
    int Second,
    Phase Phase,
    int Set,
    int Rep,
    double DistanceMetres,
    double? SpeedMetresPerSecond,
    int? Cadence,
    int? HeartRate,
    double? StrideMetres = null)
{
    /// <summary>Pace in seconds per km; null when standing or when the pod was silent.</summary>
    public double? PaceSecondsPerKm => SpeedMetresPerSecond is { } v && v > 0.1 ? 1000 / v : null;

    /// <summary>
    /// One row per second from 0 to the end of the session. Before the first phase starts the
    /// runner is counted in the warm-up.
    /// </summary>
    public static IReadOnlyList<TimelineRow> PerSecond(SessionSamples samples, IReadOnlyList<PhaseSpan> spans, DistanceSeries distance, TimeSpan end)
    {
        var rows = new List<TimelineRow>((int)end.TotalSeconds + 1);
        var spanIndex = 0;
        for (var s = 0; s <= (int)Math.Floor(end.TotalSeconds); s++)
        {
            var t = TimeSpan.FromSeconds(s);
            while (spanIndex + 1 < spans.Count && spans[spanIndex + 1].Start <= t) spanIndex++;
            var span = spans.Count > 0 && spans[spanIndex].Start <= t ? spans[spanIndex] : null;
            var pod = SampleWindow.PodAt(samples, t);
            rows.Add(new TimelineRow(
                s,
                span?.Phase ?? (spans.Count > 0 && t > spans[^1].End ? Phase.Done : Phase.Warmup),
                span?.Set ?? 0,
                span?.Rep ?? 0,
                distance.At(t),
                SampleWindow.SpeedAt(samples, t),
                pod?.Cadence,
                SampleWindow.HeartRateHeld(samples, t),
                pod?.StrideLengthMetres is > 0 ? pod.Value.StrideLengthMetres : null));
        }
        return rows;
    }
}
