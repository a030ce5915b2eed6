using System.CommandLine;
using System.Text;
using PaceLink.Cli.Options;
using PaceLink.Core.Review;
using PaceLink.Service.Export;
using PaceLink.Service.Export.Csv;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Export.Tcx;
using PaceLink.Service.Hosting;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink export TRACE --format tcx|fit|csv -o FILE|- [--force] [--rr-intervals] [--sex … --age … --weight …] [workout options]</c>: writes a recorded
/// session for the tools runners already use. Laps follow the workout's phases, as the engine coached them.
/// The output follows <see cref="OutputFile"/>'s rules; a trace without sensor readings exports nothing, and
/// workout options that give the recording other sets or reps than it was coached with are refused (exit 2).
/// </summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, OutputKind> Kinds = new()
    {
        ["tcx"] = new("TCX file", Text: true, ".tcx"),
        ["fit"] = new("FIT file", Text: false, ".fit"),
        ["csv"] = new("CSV file", Text: true, ".csv"),
    };

    /// <summary>
    /// The verb; without --sex, --age and --weight the runner is the configuration's Runner section,
    /// read by <paramref name="configured"/> (the machine's configuration unless a test gives one).
    /// </summary>
    public static Command Build(CliOutput io, Func<RunnerProfileOptions>? configured = null)
    {
        var input = new TraceInput();
        var format = new Option<string>("--format", "-f") { Description = "tcx, fit or csv", Required = true };
        format.AcceptOnlyFromAmong("tcx", "fit", "csv");
        var output = new Option<string>("--output", "-o") { Description = "file to write, or - for standard output", Required = true };
        var force = new Option<bool>("--force") { Description = "replace the output file if it exists" };
        var runner = new RunnerOptions();
        var rr = new Option<bool>("--rr-intervals") { Description = "CSV: add an rr_ms column with the strap's RR intervals of each second (FIT always holds them)" };
        var command = new Command("export", "Write a recorded session as TCX, FIT or CSV (one row per second)");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(rr);
        runner.AddTo(command);
        command.SetAction(result =>
        {
            var kind = result.GetValue(format)!;
            if (result.GetValue(rr) && kind != "csv")
            {
                io.Error.WriteLine($"error: --rr-intervals adds a CSV column; {kind.ToUpperInvariant()} {(kind == "fit" ? "always holds the RR intervals as hrv messages" : "has no place for RR intervals")}");
                return UsageErrors.ExitCode;
            }
            if (!runner.TryResolve(result, out var profile, out var runnerError))
            {
                io.Error.WriteLine($"error: {runnerError}");
                return UsageErrors.ExitCode;
            }
            if (!TryCalories(io, profile, runner.AnyGiven(result), configured ?? ConfiguredRunner, out var calories)) return UsageErrors.ExitCode;
            if (input.Load(result, io) is not { } session) return 1;
            var trace = result.GetValue(input.Trace)!;
            // A header alone makes an invalid TCX and a 0-second FIT: say so rather than write one.
            if (!session.Trace.Notifications.Any())
            {
                io.Error.WriteLine($"error: {trace} holds no sensor readings, only its header; there is nothing to export");
                return 1;
            }
            // Options given at export re-cut the recording; a workout of other sets or reps would
            // write laps of a run that never happened.
            if (input.Workout.AnyGiven(result) && RecordedWorkout.Mismatch(session) is { } mismatch)
            {
                io.Error.WriteLine($"error: {mismatch}");
                return UsageErrors.ExitCode;
            }
            var review = session.Analyze();
            // The trace keeps UTC only: the local time FIT also wants is this machine's zone on that day.
            var activity = FitActivity.From(session, TimeProvider.System.LocalTimeZone, calories);
            if (kind == "tcx" && !TcxWriter.HasSamples(review))
            {
                io.Error.WriteLine($"error: {TcxWriter.NoSamples}");
                return 1;
            }
            if (!OutputFile.Write(io, result.GetValue(output)!, Kinds[kind], result.GetValue(force), [trace], s => Write(kind, review, activity, result.GetValue(rr), s))) return 1;
            // Calories from distance alone are a rough figure: say so, and how to get a better one.
            if (kind != "csv" && !calories.FromHeartRateFor(review))
                io.Error.WriteLine($"note: {calories.Describe(review)}; for an estimate from heart rate give --sex, --age and --weight, " +
                                   "or set Runner:Sex, Runner:Age and Runner:WeightKg in pacelink.json");
            return 0;
        });
        return command;
    }

    /// <summary>The calories of the export: the options' profile, else the configuration's; false after printing what is wrong.</summary>
    private static bool TryCalories(CliOutput io, RunnerProfile? given, bool anyGiven, Func<RunnerProfileOptions> configured, out ExportCalories calories)
    {
        calories = ExportCalories.For(given);
        if (anyGiven) return true;
        RunnerProfileOptions section;
        try
        {
            section = configured();
        }
        catch (ServiceConfigurationException e)
        {
            foreach (var problem in e.Errors) io.Error.WriteLine($"error: {problem}");
            return false;
        }
        if (section.Problems() is { Count: > 0 } problems)
        {
            foreach (var problem in problems) io.Error.WriteLine($"error: {problem}");
            return false;
        }
        calories = ExportCalories.For(section.Profile(), section.WeightKg);
        return true;
    }

    private static RunnerProfileOptions ConfiguredRunner() => Hosting.RunEnvironment.Configured().Runner;

    private static void Write(string format, SessionReview review, FitActivity activity, bool rrColumn, Stream stream)
    {
        switch (format)
        {
            case "fit":
                stream.Write(FitActivityWriter.Write(activity));
                break;
            case "tcx":
                TcxWriter.Write(review, stream, activity.Software, activity.Calories);
                break;
            default:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true)) CsvWriter.Write(review, writer, rrColumn ? activity.RrIntervals : null);
                break;
        }
    }
}
