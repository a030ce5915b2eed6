using PaceLink.Core.Coaching;
using PaceLink.Core.Review;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using ScottPlot;
using PaceLink.Service.Reports;

namespace PaceLink.Views.Reports;

/// <summary>
/// The session on one chart: pace (left axis, faster up) and heart rate (right axis) over time in
/// minutes, each rep shaded and labelled with its set and rep, and the target pace as a dashed
/// line. Pace is drawn inside reps only: a rest's jog and the standing start and stop would pull
/// the line to the axis floor and hide the reps. Rendered headless by ScottPlot.
/// </summary>
public static class ReviewCharts
{
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 500;

    /// <summary>Below this speed pace means nothing (standing, walking): the pace line breaks.</summary>
    private const double MovingSpeed = 2.2;

    public static byte[] Png(SessionReview review, int width = DefaultWidth, int height = DefaultHeight, string? workout = null, DistanceUnit units = DistanceUnit.Kilometres) =>
        Build(review, workout, units).GetImageBytes(width, height, ImageFormat.Png);

    public static string Svg(SessionReview review, int width = DefaultWidth, int height = DefaultHeight, string? workout = null, DistanceUnit units = DistanceUnit.Kilometres) =>
        Build(review, workout, units).GetSvgXml(width, height);

    /// <summary>The image formats a chart file can have, by its extension.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".png", ".jpg", ".jpeg", ".webp", ".bmp", ".svg"];

    /// <summary>
    /// The chart encoded for <paramref name="path"/>'s extension (PNG, JPEG, WebP, BMP or SVG); null
    /// with one sentence for any other, rather than a PNG under a name that says otherwise.
    /// </summary>
    public static byte[]? ForFile(SessionReview review, string? workout, string path, out string error, DistanceUnit units = DistanceUnit.Kilometres)
    {
        error = "";
        var extension = Path.GetExtension(path).ToLowerInvariant();
        ImageFormat? format = extension switch
        {
            ".png" => ImageFormat.Png,
            ".jpg" or ".jpeg" => ImageFormat.Jpeg,
            ".webp" => ImageFormat.Webp,
            ".bmp" => ImageFormat.Bmp,
            _ => null,
        };
        if (extension == ".svg") return System.Text.Encoding.UTF8.GetBytes(Svg(review, workout: workout, units: units));
        if (format is { } f) return Build(review, workout, units).GetImageBytes(DefaultWidth, DefaultHeight, f);
        error = $"charts are written as {string.Join(", ", Extensions)}, not '{(extension.Length > 0 ? extension : "(no extension)")}'";
        return null;
    }

    private static Plot Build(SessionReview review, string? workout, DistanceUnit units)
    {
        // The pace axis is drawn in seconds per the runner's unit, so its ticks fall on round paces of that unit.
        double InUnit(double secondsPerKm) => PaceText.Seconds(Pace.FromSecondsPerKm(secondsPerKm), units);
        var plot = new Plot();
        plot.Title(ReviewMarks.Title(review, workout, units));
        plot.XLabel("time (min)");
        plot.Axes.Left.Label.Text = $"pace (min{PaceText.Per(units)})";
        plot.Axes.Right.Label.Text = "heart rate (bpm)";

        var reps = review.Laps.Where(l => l.Span.Phase == Phase.Rep).ToList();
        foreach (var lap in reps)
        {
            var band = plot.Add.HorizontalSpan(lap.Start.TotalMinutes, (lap.Start + lap.Span.Duration).TotalMinutes);
            band.FillStyle.Color = Colors.Orange.WithAlpha(0.15);
            band.LineStyle.Width = 0;
        }

        var (slowest, fastest) = PaceAxis(review);
        var first = true;
        foreach (var stretch in RepStretches(review.Timeline, reps, slowest, fastest))
        {
            var line = plot.Add.ScatterLine(stretch.Select(r => r.Second / 60.0).ToArray(), stretch.Select(r => InUnit(r.PaceSecondsPerKm!.Value)).ToArray());
            line.Color = Colors.SteelBlue;
            line.LineWidth = 2;
            if (first) line.LegendText = "pace";
            first = false;
        }

        if (review.TargetPaceSecondsPerKm is { } target)
        {
            var targetLine = plot.Add.HorizontalLine(InUnit(target));
            targetLine.Color = Colors.DarkGreen;
            targetLine.LinePattern = LinePattern.Dashed;
            targetLine.LegendText = $"target {PaceText.Written(Pace.FromSecondsPerKm(target), units)}";
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

        plot.Axes.SetLimitsY(InUnit(slowest), InUnit(fastest), plot.Axes.Left);
        if (review.Timeline.Count > 1) plot.Axes.SetLimitsX(0, review.Timeline[^1].Second / 60.0, plot.Axes.Bottom);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = Clock.Seconds,
        };
        foreach (var lap in reps)
        {
            var label = plot.Add.Text($"S{lap.Span.Set}R{lap.Span.Rep}", (lap.Start + lap.Span.Duration / 2).TotalMinutes, InUnit(fastest));
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.DimGray;
            label.LabelAlignment = Alignment.UpperCenter;
        }
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    /// <summary>
    /// The pace axis as (slowest, fastest) s/km: from the reps' paces, by percentiles so a few
    /// readings while speeding up or slowing down do not flatten the reps, and always with room
    /// for the target line, however slow the runner was.
    /// </summary>
    internal static (double Slowest, double Fastest) PaceAxis(SessionReview review)
    {
        var reps = review.Laps.Where(l => l.Span.Phase == Phase.Rep).ToList();
        var paces = review.Timeline.Where(r => r.SpeedMetresPerSecond >= MovingSpeed && r.PaceSecondsPerKm is not null && InAny(r, reps))
            .Select(r => r.PaceSecondsPerKm!.Value).ToList();
        if (paces.Count == 0)
            paces = [.. review.Timeline.Where(r => r.SpeedMetresPerSecond >= MovingSpeed && r.PaceSecondsPerKm is not null).Select(r => r.PaceSecondsPerKm!.Value)];
        var target = review.TargetPaceSecondsPerKm;
        if (paces.Count == 0) return target is { } only ? (only + 30, only - 30) : (420, 180);
        paces.Sort();
        var fastest = paces[(int)(paces.Count * 0.01)];
        var slowest = paces[(int)((paces.Count - 1) * 0.97)];
        if (target is { } t)
        {
            fastest = Math.Min(fastest, t);
            slowest = Math.Max(slowest, t);
        }
        return (slowest + 15, fastest - 10);
    }

    /// <summary>Unbroken runs of pace readings inside reps and inside the axis; everything else is a gap.</summary>
    internal static IEnumerable<List<TimelineRow>> RepStretches(IReadOnlyList<TimelineRow> rows, IReadOnlyList<LapSummary> reps, double slowest, double fastest)
    {
        var current = new List<TimelineRow>();
        foreach (var row in rows)
        {
            if (row.SpeedMetresPerSecond >= MovingSpeed && row.PaceSecondsPerKm is { } pace && pace <= slowest && pace >= fastest && InAny(row, reps))
            {
                current.Add(row);
                continue;
            }
            if (current.Count > 1) yield return current;
            current = [];
        }
        if (current.Count > 1) yield return current;
    }

    private static bool InAny(TimelineRow row, IReadOnlyList<LapSummary> reps)
    {
        foreach (var lap in reps)
            if (row.Second >= lap.Start.TotalSeconds && row.Second <= (lap.Start + lap.Span.Duration).TotalSeconds) return true;
        return false;
    }
}
