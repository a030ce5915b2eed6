using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Review;
using ScottPlot;

namespace PaceLink.Service.Reports;

/// <summary>
/// The session on one chart: pace (left axis, faster up) and heart rate (right axis) over time in
/// minutes, each rep shaded, and the target pace as a dashed line. Rendered headless by ScottPlot.
/// </summary>
public static class ReviewCharts
{
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 500;

    /// <summary>Below this speed pace means nothing (standing, walking): the pace line breaks.</summary>
    private const double MovingSpeed = 2.2;

    public static byte[] Png(SessionReview review, int width = DefaultWidth, int height = DefaultHeight) =>
        Build(review).GetImageBytes(width, height, ImageFormat.Png);

    public static string Svg(SessionReview review, int width = DefaultWidth, int height = DefaultHeight) =>
        Build(review).GetSvgXml(width, height);

    private static Plot Build(SessionReview review)
    {
        var plot = new Plot();
        plot.Title($"Session {review.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        plot.XLabel("time (min)");
        plot.Axes.Left.Label.Text = "pace (min/km)";
        plot.Axes.Right.Label.Text = "heart rate (bpm)";

        foreach (var lap in review.Laps.Where(l => l.Span.Phase == Phase.Rep))
        {
            var band = plot.Add.HorizontalSpan(lap.Start.TotalMinutes, (lap.Start + lap.Span.Duration).TotalMinutes);
            band.FillStyle.Color = Colors.Orange.WithAlpha(0.15);
            band.LineStyle.Width = 0;
        }

        var first = true;
        foreach (var stretch in MovingStretches(review.Timeline))
        {
            var line = plot.Add.ScatterLine(stretch.Select(r => r.Second / 60.0).ToArray(), stretch.Select(r => r.PaceSecondsPerKm!.Value).ToArray());
            line.Color = Colors.SteelBlue;
            line.LineWidth = 2;
            if (first) line.LegendText = "pace";
            first = false;
        }

        if (review.TargetPaceSecondsPerKm is { } target)
        {
            var targetLine = plot.Add.HorizontalLine(target);
            targetLine.Color = Colors.DarkGreen;
            targetLine.LinePattern = LinePattern.Dashed;
            targetLine.LegendText = $"target {Core.Units.Pace.FromSecondsPerKm(target)}/km";
        }

        var heart = review.Timeline.Where(r => r.HeartRate is not null).ToList();
        if (heart.Count > 0)
        {
            var hr = plot.Add.ScatterLine(heart.Select(r => r.Second / 60.0).ToArray(), heart.Select(r => (double)r.HeartRate!.Value).ToArray());
            hr.Color = Colors.Crimson;
            hr.LineWidth = 1.5f;
            hr.LegendText = "heart rate";
            hr.Axes.YAxis = plot.Axes.Right;
            // Set explicitly: the right axis would otherwise follow the left one's inversion.
            plot.Axes.SetLimitsY(heart.Min(r => r.HeartRate!.Value) - 5, heart.Max(r => r.HeartRate!.Value) + 5, plot.Axes.Right);
        }

        FitPaceAxis(plot, review);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>Slow at the bottom, fast at the top, in m:ss per km.</summary>
    private static void FitPaceAxis(Plot plot, SessionReview review)
    {
        var paces = review.Timeline.Where(r => r.SpeedMetresPerSecond >= MovingSpeed).Select(r => r.PaceSecondsPerKm!.Value).ToList();
        if (review.TargetPaceSecondsPerKm is { } t) paces.Add(t);
        if (paces.Count == 0) return;
        paces.Sort();
        // Percentiles, not extremes: a few readings while speeding up or slowing down would flatten the reps.
        var fastest = paces[(int)(paces.Count * 0.01)] - 10;
        var slowest = paces[(int)((paces.Count - 1) * 0.97)] + 15;
        plot.Axes.SetLimitsY(slowest, fastest, plot.Axes.Left);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => Core.Units.Pace.FromSecondsPerKm(v).ToString(),
        };
    }

    private static IEnumerable<List<TimelineRow>> MovingStretches(IReadOnlyList<TimelineRow> rows)
    {
        var current = new List<TimelineRow>();
        foreach (var row in rows)
        {
            if (row.SpeedMetresPerSecond >= MovingSpeed && row.PaceSecondsPerKm is not null)
            {
                current.Add(row);
                continue;
            }
            if (current.Count > 1) yield return current;
            current = [];
        }
        if (current.Count > 1) yield return current;
    }
}
