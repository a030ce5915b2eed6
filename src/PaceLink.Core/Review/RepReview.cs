namespace PaceLink.Core.Review;

/// <summary>
/// One rep as run. Split and distance come from the engine's rep-complete event (the interpolated
/// crossing); a rep ended early with a lap has its phase duration and the distance the pod measured.
/// </summary>
public sealed record RepReview(
    int Set,
    int Rep,
    TimeSpan Start,
    double SplitSeconds,
    double DistanceMetres,
    double? TargetSplitSeconds,
    double? AverageHeartRate,
    int? MaxHeartRate,
    double? AverageCadence,
    double? AverageStrideMetres,
    bool EndedByLap)
{
    /// <summary>Average pace over the rep, seconds per km.</summary>
    public double AveragePaceSecondsPerKm => DistanceMetres > 0 ? SplitSeconds * 1000 / DistanceMetres : double.PositiveInfinity;

    /// <summary>Seconds slower (positive) or faster (negative) than the target split.</summary>
    public double? DeviationSeconds => TargetSplitSeconds is { } t ? SplitSeconds - t : null;

    /// <summary>The deviation as a percentage of the target split.</summary>
    public double? DeviationPercent => TargetSplitSeconds is { } t && t > 0 ? (SplitSeconds - t) / t * 100 : null;
}
