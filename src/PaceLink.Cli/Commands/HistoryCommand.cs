using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PaceLink.Cli.Options;
using PaceLink.Cli.Rendering;
using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Service.History;
using PaceLink.Service.Reports;
using Spectre.Console;
using static PaceLink.Service.Reports.ReviewFormat;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink history [--add TRACE…] [--limit N] [--all] [--units km|mi] [--json] [--db PATH]</c>: lists indexed sessions,
/// newest first, each in the unit it was coached in unless <c>--units</c> says otherwise, sessions stopped early apart, and the weekly trends (average split per set,
/// heart-rate drop per rest length) of the finished ones — with <c>--all</c>, of the stopped ones too.
/// <c>--add</c> indexes traces first (review indexes automatically; a live session indexes on its own).
/// </summary>
internal static class HistoryCommand
{
    public static Command Build(CliOutput io)
    {
        var add = new Option<string[]>("--add") { Description = "index these trace files first", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int?>("--limit") { Description = "list at most this many sessions" };
        var json = new Option<bool>("--json") { Description = "print sessions and weekly trends as one JSON object" };
        var all = new Option<bool>("--all") { Description = "count sessions stopped early in the weekly trends too" };
        var db = new Option<string?>("--db") { Description = "session history database (default: history.db in the data folder, PACELINK_DATA_DIR)" };
        var units = new UnitsOption();
        var command = new Command("history", "List recorded sessions and weekly trends: split per set, recovery per rest");
        command.Options.Add(add);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.Options.Add(all);
        command.Options.Add(db);
        units.AddTo(command);
        command.SetAction(result =>
        {
            if (!units.TryResolve(result, DistanceUnit.Kilometres, out var asked, out var unitError))
            {
                io.Error.WriteLine($"error: {unitError}");
                return 1;
            }
            // Without --units each session is shown in the unit it was coached in.
            DistanceUnit? unit = result.GetValue(units.Units) is null ? null : asked;
            SessionHistory history;
            var path = result.GetValue(db) ?? SessionHistory.DefaultPath;
            try
            {
                history = SessionHistory.Open(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                io.Error.WriteLine($"error: cannot open the history at '{path}': {e.Message}");
                return 1;
            }
            using (history)
            {
                var failed = false;
                foreach (var trace in result.GetValue(add) ?? [])
                {
                    if (history.Index(trace) is { } error)
                    {
                        io.Error.WriteLine($"error: {error}");
                        failed = true;
                    }
                    else io.Error.WriteLine($"indexed {trace}");
                }
                var sessions = history.List(result.GetValue(limit));
                var weeks = history.WeeklyTrends(includeStopped: result.GetValue(all));
                if (result.GetValue(json)) io.Out.WriteLine(Json(sessions, weeks));
                else Render(Terminal.For(io.Out), sessions, weeks, unit);
                return failed ? 1 : 0;
            }
        });
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<HistoryEntry> sessions, IReadOnlyList<WeeklyTrend> weeks, DistanceUnit? unit)
    {
        if (sessions.Count == 0)
        {
            console.WriteLine("No sessions yet: every finished `pacelink run` and `pacelink review TRACE` is added; older traces with `pacelink history --add TRACE`.");
            return;
        }
        var sets = sessions.SelectMany(s => s.Summary.Sets).Select(s => s.Set).Concat(weeks.SelectMany(w => w.Sets).Select(s => s.Set)).Distinct().Order().ToList();
        // A session stopped early is shown apart: its figures are of part of a workout.
        var finished = sessions.Where(e => e.Summary.Stopped is null).ToList();
        var stopped = sessions.Where(e => e.Summary.Stopped is not null).ToList();
        if (finished.Count > 0) console.Write(SessionTable("Sessions", finished, sets, unit, stoppedColumn: false));
        if (stopped.Count > 0) console.Write(SessionTable("Stopped early (not in the trends unless --all)", stopped, sets, unit, stoppedColumn: true));
        var restPositions = weeks.SelectMany(w => w.Recovery).Select(r => r.AfterRep).Distinct().Order().ToList();
        var trend = new Table { Title = new TableTitle("Weekly trends"), Border = TableBorder.Rounded };
        foreach (var c in new[] { "Workout", "Week", "Sessions", "Avg split" }.Concat(sets.Select(s => $"Set {s}")).Concat(restPositions.Select(r => $"Drop after rep {r}")))
            trend.AddColumn(new TableColumn(c).RightAligned());
        foreach (var w in weeks)
        {
            trend.AddRow([Markup.Escape(w.Workout), w.Week, w.Sessions.ToString(CultureInfo.InvariantCulture), Split(w.AverageSplitSeconds),
                .. sets.Select(n => Split(w.Sets.FirstOrDefault(x => x.Set == n)?.AverageSplitSeconds)),
                .. restPositions.Select(r => Number(w.Recovery.FirstOrDefault(x => x.AfterRep == r)?.AverageDrop, "0.0"))]);
        }
        console.Write(trend);
        console.WriteLine();
    }

    private static Table SessionTable(string title, IReadOnlyList<HistoryEntry> sessions, IReadOnlyList<int> sets, DistanceUnit? unit, bool stoppedColumn)
    {
        var list = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
        var columns = new[] { "Date (UTC)", "Workout", "Reps", "Distance", "Time", "Avg split", "Spread" }.Concat(sets.Select(s => $"Set {s}")).Append("Avg HR drop");
        foreach (var c in stoppedColumn ? columns.Append("Stopped in") : columns)
            list.AddColumn(new TableColumn(Markup.Escape(c)).RightAligned());
        foreach (var entry in sessions)
        {
            var s = entry.Summary;
            // A session the service was killed in was finished afterwards: its figures may stop short.
            var workout = Markup.Escape(s.Workout) + (entry.Interrupted ? " (interrupted)" : "");
            string[] cells = [s.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), workout, s.Reps.ToString(CultureInfo.InvariantCulture),
                Distance(s.DistanceMetres, unit ?? s.Units), Duration(s.DurationSeconds), Split(s.AverageSplitSeconds), Number(s.SplitSpreadSeconds, "0.00", " s"),
                .. sets.Select(n => Split(s.Sets.FirstOrDefault(x => x.Set == n)?.AverageSplitSeconds)), Number(s.AverageHeartRateDrop, "0.0")];
            list.AddRow(stoppedColumn && s.Stopped is { } stop ? [.. cells, Markup.Escape(EventText.Where(stop))] : cells);
        }
        return list;
    }

    private static string Json(IReadOnlyList<HistoryEntry> sessions, IReadOnlyList<WeeklyTrend> weeks)
    {
        static double? R(double? v, int digits = 3) => v is { } x && double.IsFinite(x) ? Math.Round(x, digits) : null;
        var json = new HistoryJson(
            Sessions: sessions.Select(e =>
            {
                var s = e.Summary;
                return new HistorySessionJson(
                    StartedUtc: s.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    Trace: e.TracePath,
                    Workout: s.Workout,
                    Reps: s.Reps,
                    DistanceM: R(s.DistanceMetres, 1),
                    DurationS: R(s.DurationSeconds),
                    AvgSplitS: R(s.AverageSplitSeconds),
                    SplitSdS: R(s.SplitSpreadSeconds),
                    AvgHrDropBpm: R(s.AverageHeartRateDrop, 1),
                    Sets: s.Sets.Select(x => new SetSplitJson(x.Set, R(x.AverageSplitSeconds), x.Reps)),
                    Recovery: s.Recovery.Select(r => new SessionRecoveryJson(r.AfterRep, R(r.TypicalSeconds, 1), R(r.AverageDrop, 1))),
                    Stopped: s.Stopped is { } stop ? new StoppedJson(stop.Phase.ToJson(), stop.Set, stop.Rep, R(stop.At.TotalSeconds, 1) ?? 0) : null,
                    Units: DistanceUnits.Name(s.Units));
            }),
            Weeks: weeks.Select(w => new HistoryWeekJson(
                Workout: w.Workout,
                Week: w.Week,
                Monday: w.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Sessions: w.Sessions,
                AvgSplitS: R(w.AverageSplitSeconds),
                Sets: w.Sets.Select(x => new SetSplitJson(x.Set, R(x.AverageSplitSeconds), x.Reps)),
                Recovery: w.Recovery.Select(r => new WeekRecoveryJson(r.AfterRep, R(r.AverageDrop, 1))))));
        return JsonSerializer.Serialize(json, CliJson.Default.HistoryJson);
    }
}
