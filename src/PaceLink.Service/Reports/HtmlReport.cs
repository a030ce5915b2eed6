using System.Net;
using System.Text;
using PaceLink.Core.Review;
using static PaceLink.Service.Reports.ReviewFormat;

namespace PaceLink.Service.Reports;

/// <summary>
/// A self-contained HTML report: the rep, rest, recovery and totals tables and the chart inlined
/// as a base64 PNG. One file, no scripts, no external links: it opens anywhere, also offline.
/// </summary>
public static class HtmlReport
{
    public static string Build(SessionReview review, string workout)
    {
        var html = new StringBuilder();
        var title = $"{workout} — {review.StartedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>PaceLink review: ").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th{background:#f3f3f3}caption{font-weight:bold;text-align:left}")
            .Append("img{max-width:100%;height:auto}.slow{color:#b00}.fast{color:#04b}</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n");
        html.Append("<img alt=\"pace and heart rate over time\" src=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(ReviewCharts.Png(review))).Append("\">\n");
        Table(html, "Reps", ["Set", "Rep", "Split", "Pace /km", "vs target", "vs target %", "HR avg", "HR max", "Cadence", "Stride"],
            review.Reps.Select(r => new[]
            {
                r.Set.ToString(), r.Rep.ToString(), Split(r.SplitSeconds), Pace(r.AveragePaceSecondsPerKm),
                Signed(r.DeviationSeconds, " s"), Signed(r.DeviationPercent, " %"), Number(r.AverageHeartRate), Number(r.MaxHeartRate),
                Number(r.AverageCadence), Number(r.AverageStrideMetres, "0.00"),
            }));
        Table(html, "Rests", ["Set", "After rep", "Kind", "Duration", "HR start", "HR end", "Drop"],
            review.Rests.Select(r => new[]
            {
                r.Set.ToString(), r.AfterRep.ToString(), RestKind(r.Kind), Duration(r.DurationSeconds),
                Number(r.HeartRateAtStart), Number(r.HeartRateAtEnd), Number(r.HeartRateDrop),
            }));
        Table(html, "Recovery as rests shrink", ["Rest", "Rests", "Avg drop (bpm)"],
            review.Recovery.ByRest.Select(r => new[] { $"{Duration(r.TypicalSeconds)} after rep {r.AfterRep}", r.Count.ToString(), Number(r.AverageDrop, "0.0") }));
        var t = review.Totals;
        Table(html, "Totals", ["Distance", "Time", "Reps", "Avg split", "Best / worst", "Spread (sd)", "Variation"],
            [[Kilometres(t.DistanceMetres), Duration(t.DurationSeconds), t.RepCount.ToString(), Split(t.AverageSplitSeconds),
              $"{Split(t.FastestSplitSeconds)} / {Split(t.SlowestSplitSeconds)}", Number(t.SplitSpreadSeconds, "0.00", " s"), Number(t.SplitVariationPercent, "0.0", " %")]]);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string caption, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<tr>");
        foreach (var h in headers) html.Append("<th>").Append(E(h)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
