using System.Net;
using System.Text;
using PaceLink.Core.Review;
using PaceLink.Core.Text;
using static PaceLink.Service.Reports.ReviewFormat;
using PaceLink.Service.Reports;

namespace PaceLink.Views.Reports;

/// <summary>
/// A self-contained HTML report: the rep, rest, recovery and totals tables and the chart inlined
/// as a base64 PNG. One file, no scripts, no external links: it opens anywhere, also offline.
/// It fits a phone's width: tables shrink their type and padding on narrow screens and scroll
/// inside their own box if they still cannot fit, never the page.
/// </summary>
public static class HtmlReport
{
    private const int PhoneChartWidth = 640;
    private const int PhoneChartHeight = 480;

    /// <summary>The report, paces and the total distance in <paramref name="unit"/> (rep lengths stay in metres).</summary>
    public static string Build(SessionReview review, string workout, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var html = new StringBuilder();
        var title = ReviewMarks.Title(review, workout, unit);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>PaceLink review: ").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}h1{font-size:1.4em}")
            .Append(".table{max-width:100%;overflow-x:auto;margin:1em 0}table{border-collapse:collapse}")
            .Append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th{background:#f3f3f3}caption{font-weight:bold;text-align:left}")
            .Append("img{max-width:100%;height:auto}tr.slow td{background:#fde8e6}tr.fast td{background:#e5f0fd}td.slow{color:#b00;font-weight:600}td.fast{color:#04b;font-weight:600}")
            .Append("td{white-space:nowrap}")
            // A phone keeps the columns a runner reads first; the percentages, cadence and stride return on a wider screen.
            .Append("@media (max-width:40em){body{margin:.6em}h1{font-size:1.1em}th,td{padding:.2em .3em;font-size:.8em}.wide{display:none}}</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n");
        // A phone gets a chart drawn for its width: the desktop one shrunk to 400 px has unreadable labels.
        html.Append("<picture><source media=\"(max-width:40em)\" srcset=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(ReviewCharts.Png(review, PhoneChartWidth, PhoneChartHeight, workout, unit))).Append("\">")
            .Append("<img alt=\"pace and heart rate over time\" src=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(ReviewCharts.Png(review, workout: workout, units: unit))).Append("\"></picture>\n");
        var t = review.Totals;
        if (review.Reps.Count == 0)
        {
            html.Append("<p>").Append(E(ReviewMarks.NoReps)).Append("</p>\n");
            Totals(html, t, unit);
            html.Append("</body>\n</html>\n");
            return html.ToString();
        }
        Table(html, "Reps", ["Set", "Rep", "Split", "Pace " + PaceText.Per(unit), "vs target", "vs target %", "HR avg", "HR max", "Cadence", "Stride"],
            review.Reps.Select(r => new TableRow(
            [
                r.Set.ToString(), r.Rep.ToString(), Split(r.SplitSeconds), Pace(r.AveragePaceSecondsPerKm, unit),
                Signed(r.DeviationSeconds, " s"), Signed(r.DeviationPercent, " %"), Number(r.AverageHeartRate), Number(r.MaxHeartRate),
                Number(r.AverageCadence), Number(r.AverageStrideMetres, "0.00"),
            ], ReviewMarks.Verdict(r.DeviationSeconds), MarkedCells: [4, 5])), wide: [5, 8, 9]);
        Table(html, "Rests", ["Set", "After rep", "Kind", "Duration", "HR start", "HR end", "Drop"],
            review.Rests.Select(r => new TableRow(
            [
                r.Set.ToString(), r.AfterRep.ToString(), RestKind(r.Kind), Duration(r.DurationSeconds),
                Number(r.HeartRateAtStart), Number(r.HeartRateAtEnd), Number(r.HeartRateDrop),
            ])));
        Table(html, "Recovery as rests shrink", ["Rest", "Rests", "Avg drop (bpm)"],
            review.Recovery.ByRest.Select(r => new TableRow([$"{Duration(r.TypicalSeconds)} after rep {r.AfterRep}", r.Count.ToString(), Number(r.AverageDrop, "0.0")])));
        Table(html, "Recovery across sets", ["Set", "Avg drop in set (bpm)", "Set rest drop (bpm)"],
            review.Recovery.BySet.Select(s => new TableRow([s.Set.ToString(), Number(s.AverageDropInSet, "0.0"), Number(s.SetRestDrop)])));
        Totals(html, t, unit);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Totals(StringBuilder html, SessionTotals t, DistanceUnit unit) =>
        Table(html, "Totals", ["Distance", "Time", "Reps", "Avg split", "Best / worst", "Spread (sd)", "Variation"],
            [new TableRow([Distance(t.DistanceMetres, unit), Duration(t.DurationSeconds), t.RepCount.ToString(), Split(t.AverageSplitSeconds),
              $"{Split(t.FastestSplitSeconds)} / {Split(t.SlowestSplitSeconds)}", Number(t.SplitSpreadSeconds, "0.00", " s"), Number(t.SplitVariationPercent, "0.0", " %")])], wide: [5, 6]);

    /// <summary>One table row; <paramref name="Mark"/> ("slow"/"fast") shades the row and colours <paramref name="MarkedCells"/>.</summary>
    private sealed record TableRow(string[] Cells, string? Mark = null, int[]? MarkedCells = null);

    /// <param name="wide">Columns shown only on screens wide enough for them.</param>
    private static void Table(StringBuilder html, string caption, string[] headers, IEnumerable<TableRow> rows, int[]? wide = null)
    {
        string Open(string cell, int i, string? mark = null)
        {
            var classes = string.Join(' ', new[] { mark, wide?.Contains(i) == true ? "wide" : null }.Where(c => c is not null));
            return classes.Length > 0 ? $"<{cell} class=\"{classes}\">" : $"<{cell}>";
        }
        html.Append("<div class=\"table\"><table>\n<caption>").Append(E(caption)).Append("</caption>\n<tr>");
        for (var i = 0; i < headers.Length; i++) html.Append(Open("th", i)).Append(E(headers[i])).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in rows)
        {
            html.Append(row.Mark is { } rowMark ? $"<tr class=\"{rowMark}\">" : "<tr>");
            for (var i = 0; i < row.Cells.Length; i++)
            {
                var marked = row.Mark is not null && row.MarkedCells?.Contains(i) == true;
                html.Append(Open("td", i, marked ? row.Mark : null)).Append(E(row.Cells[i])).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table></div>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
