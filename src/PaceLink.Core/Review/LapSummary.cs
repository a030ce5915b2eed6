using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>
/// One phase as a lap for the tools runners already use (TCX, FIT): warm-up, each rep, each rest,
/// cool-down. Speeds in m/s, cadence as the pod sent it (steps per minute), stride length (one foot
/// strike) where the pod sends it.
/// </summary>
public sealed record LapSummary(
    PhaseSpan Span,
    double DistanceMetres,
    double? MaxSpeedMetresPerSecond,
    double? AverageHeartRate,
    int? MaxHeartRate,
    double? AverageCadence,
    double? AverageStrideMetres = null)
{
    public TimeSpan Start => Span.Start;
    public double DurationSeconds => Span.Duration.TotalSeconds;
    public double AverageSpeedMetresPerSecond => DurationSeconds > 0 ? DistanceMetres / DurationSeconds : 0;

    /// <summary>Reps end on distance; everything else on time.</summary>
    public bool EndsOnDistance => Span.Phase == Phase.Rep;

    /// <summary>
    /// Summarises one phase, its distance from the session's one distance series: consecutive laps
    /// share their edges, so they add up to the session's distance.
    /// </summary>
    public static LapSummary From(PhaseSpan span, SessionSamples samples, DistanceSeries distance) => new(
        span,
        distance.Between(span.Start, span.End),
        SampleWindow.MaxSpeed(samples, span.Start, span.End),
        SampleWindow.AverageHeartRate(samples, span.Start, span.End),
        SampleWindow.MaxHeartRate(samples, span.Start, span.End),
        SampleWindow.AverageCadence(samples, span.Start, span.End),
        SampleWindow.AverageStride(samples, span.Start, span.End));
}
