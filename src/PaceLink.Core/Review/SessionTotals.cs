namespace PaceLink.Core.Review;

/// <summary>
/// Session totals. Consistency is the spread of the rep splits: the standard deviation (s),
/// the gap between the fastest and the slowest rep (s), and the coefficient of variation (%).
/// </summary>
public sealed record SessionTotals(
    double DistanceMetres,
    double DurationSeconds,
    int RepCount,
    double RepDistanceMetres,
    double? AverageSplitSeconds,
    double? FastestSplitSeconds,
    double? SlowestSplitSeconds,
    double? SplitSpreadSeconds)
{
    public double? SplitRangeSeconds => FastestSplitSeconds is { } f && SlowestSplitSeconds is { } s ? s - f : null;

    public double? SplitVariationPercent =>
        SplitSpreadSeconds is { } sd && AverageSplitSeconds is { } avg && avg > 0 ? sd / avg * 100 : null;

    public static SessionTotals From(IReadOnlyList<RepReview> reps, double distanceMetres, double durationSeconds)
    {
        var splits = reps.Select(r => r.SplitSeconds).ToList();
        double? average = splits.Count > 0 ? splits.Average() : null;
        double? spread = splits.Count > 1
            ? Math.Sqrt(splits.Sum(s => (s - average!.Value) * (s - average.Value)) / (splits.Count - 1))
            : splits.Count == 1 ? 0 : null;
        return new SessionTotals(
            distanceMetres,
            durationSeconds,
            reps.Count,
            reps.Sum(r => r.DistanceMetres),
            average,
            splits.Count > 0 ? splits.Min() : null,
            splits.Count > 0 ? splits.Max() : null,
            spread);
    }
}
