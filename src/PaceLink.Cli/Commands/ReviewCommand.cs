using System.CommandLine;
using PaceLink.Cli.Options;
using PaceLink.Cli.Rendering;
using PaceLink.Core.Review;
using PaceLink.Service.History;
using PaceLink.Service.Reports;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink review TRACE [workout options] [--json] [--chart out.png] [--html out.html]</c>: replays a
/// trace through the engine and reports every rep and rest, recovery as rests shrink, and totals.
/// The session is also indexed in the history (unless <c>--no-index</c>).
/// </summary>
public static class ReviewCommand
{
    public static Command Build(CliOutput io)
    {
        var input = new TraceInput();
        var json = new Option<bool>("--json") { Description = "print the review as one JSON object" };
        var chart = new Option<string?>("--chart") { Description = "write a chart of pace and heart rate over time (.png, .jpg, .webp, .bmp or .svg)" };
        var html = new Option<string?>("--html") { Description = "write a self-contained HTML report (tables and chart)" };
        var db = new Option<string?>("--db") { Description = "session history database (default: history.db in the data folder, PACELINK_DATA_DIR)" };
        var noIndex = new Option<bool>("--no-index") { Description = "do not add the session to the history" };
        var command = new Command("review", "Report every rep and rest of a recorded session: splits, pace, heart rate and recovery");
        input.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(chart);
        command.Options.Add(html);
        command.Options.Add(db);
        command.Options.Add(noIndex);
        command.SetAction(result =>
        {
            if (input.Load(result, io) is not { } session) return 1;
            var review = session.Analyze();
            var workout = session.Settings.WorkoutLabel;
            if (result.GetValue(json)) io.Out.WriteLine(ReviewJson.Serialize(review, workout));
            else ReviewTables.Render(Terminal.For(io.Out), review, workout);
            var ok = Write(io, result.GetValue(chart), "chart", path => File.WriteAllBytes(path, ReviewCharts.ForFile(review, workout, path, out var refused) ?? throw new ArgumentException(refused)))
                & Write(io, result.GetValue(html), "report", path => File.WriteAllText(path, HtmlReport.Build(review, workout)));
            if (!result.GetValue(noIndex)) Index(io, result.GetValue(db), result.GetValue(input.Trace)!, ReviewSummary.From(review, workout));
            return ok ? 0 : 1;
        });
        return command;
    }

    /// <summary>Writes one output file; a failure is reported and the other outputs still happen.</summary>
    internal static bool Write(CliOutput io, string? path, string what, Action<string> write)
    {
        if (path is null) return true;
        try
        {
            write(path);
            io.Error.WriteLine($"{what} written to {path}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"error: cannot write the {what} to '{path}': {e.Message}");
            return false;
        }
    }

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
