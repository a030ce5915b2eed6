using System.CommandLine;
using System.Text;
using PaceLink.Views.Reports;
using PaceLink.Cli.Options;
using PaceLink.Cli.Rendering;
using PaceLink.Core.Review;
using PaceLink.Core.Text;
using PaceLink.Service.History;
using PaceLink.Service.Reports;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink review TRACE [workout options] [--json] [--chart out.png] [--html out.html] [--force]</c>: replays a
/// trace through the engine and reports every rep and rest, recovery as rests shrink, and totals.
/// The session is also indexed in the history (unless <c>--no-index</c>).
/// </summary>
internal static class ReviewCommand
{
    public static Command Build(CliOutput io)
    {
        var input = new TraceInput(withUnits: true);
        var json = new Option<bool>("--json") { Description = "print the review as one JSON object" };
        var chart = new Option<string?>("--chart") { Description = "write a chart of pace and heart rate over time (.png, .jpg, .webp, .bmp or .svg)" };
        var html = new Option<string?>("--html") { Description = "write a self-contained HTML report (tables and chart)" };
        var force = new Option<bool>("--force") { Description = "replace the chart or report file if it exists" };
        var db = new Option<string?>("--db") { Description = "session history database (default: history.db in the data folder, PACELINK_DATA_DIR)" };
        var noIndex = new Option<bool>("--no-index") { Description = "do not add the session to the history" };
        var command = new Command("review", "Report every rep and rest of a recorded session: splits, pace, heart rate and recovery");
        input.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(chart);
        command.Options.Add(html);
        command.Options.Add(force);
        command.Options.Add(db);
        command.Options.Add(noIndex);
        command.SetAction(result =>
        {
            if (input.Load(result, io) is not { } session) return 1;
            var review = session.Analyze();
            var workout = session.Settings.WorkoutLabel;
            var units = session.Settings.Units;
            // JSON stays metric (seconds per km, metres), like the exports; the units are for people.
            if (result.GetValue(json)) io.Out.WriteLine(ReviewJson.Serialize(review, workout));
            else ReviewTables.Render(Terminal.For(io.Out), review, workout, units);
            var trace = result.GetValue(input.Trace)!;
            var replace = result.GetValue(force);
            // Each output is tried: one refused or failed does not keep the other from being written.
            var ok = WriteChart(io, result.GetValue(chart), replace, trace, review, workout, units)
                & Write(io, result.GetValue(html), Report, replace, trace, s => s.Write(Encoding.UTF8.GetBytes(HtmlReport.Build(review, workout, units))));
            if (!result.GetValue(noIndex)) Index(io, result.GetValue(db), result.GetValue(input.Trace)!, ReviewSummary.From(review, workout) with { Units = SessionHistory.UnitsOf(session) });
            return ok ? 0 : 1;
        });
        return command;
    }

    private static readonly OutputKind Chart = new("chart", Text: false, ".png", ".jpg", ".jpeg", ".webp", ".bmp", ".svg");
    private static readonly OutputKind Report = new("report", Text: true, ".html", ".htm");

    private static bool Write(CliOutput io, string? path, OutputKind kind, bool force, string trace, Action<Stream> write) =>
        path is null || OutputFile.Write(io, path, kind, force, [trace], write);

    /// <summary>The chart in the format its file name says (PNG on standard output); another extension is refused and nothing is left behind.</summary>
    private static bool WriteChart(CliOutput io, string? path, bool force, string trace, SessionReview review, string workout, DistanceUnit units) =>
        Write(io, path, Chart, force, trace, s =>
        {
            var refused = "";
            var image = path == "-" ? ReviewCharts.Png(review, workout: workout, units: units) : ReviewCharts.ForFile(review, workout, path!, out refused, units);
            s.Write(image ?? throw new ArgumentException(refused));
        });

    /// <summary>History is a convenience: failing to index warns and never fails the review.</summary>
    private static void Index(CliOutput io, string? db, string trace, ReviewSummary summary)
    {
        try
        {
            using var history = SessionHistory.Open(db ?? SessionHistory.DefaultPath);
            history.Record(trace, summary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            io.Error.WriteLine($"warning: the session was not added to the history: {e.Message}");
        }
    }
}
