using System.CommandLine;
using PaceLink.Cli.Options;
using PaceLink.Core.Review;
using PaceLink.Service.Export.Csv;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Export.Tcx;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink export TRACE --format tcx|fit|csv -o FILE [workout options]</c>: writes a recorded session
/// for the tools runners already use. Laps follow the workout's phases, as the engine coached them.
/// </summary>
public static class ExportCommand
{
    public static Command Build(CliOutput io)
    {
        var input = new TraceInput();
        var format = new Option<string>("--format", "-f") { Description = "tcx, fit or csv", Required = true };
        format.AcceptOnlyFromAmong("tcx", "fit", "csv");
        var output = new Option<string>("--output", "-o") { Description = "file to write", Required = true };
        var command = new Command("export", "Write a recorded session as TCX, FIT or CSV (one row per second)");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            if (input.Load(result, io) is not { } session) return 1;
            var review = session.Analyze();
            var activity = FitActivity.From(session);
            var path = result.GetValue(output)!;
            var kind = result.GetValue(format)!;
            if (kind == "tcx" && !TcxWriter.HasSamples(review))
            {
                io.Error.WriteLine($"error: {TcxWriter.NoSamples}");
                return 1;
            }
            return ReviewCommand.Write(io, path, kind.ToUpperInvariant() + " file", p => Write(kind, review, activity, p)) ? 0 : 1;
        });
        return command;
    }

    private static void Write(string format, SessionReview review, FitActivity activity, string path)
    {
        switch (format)
        {
            case "fit":
                File.WriteAllBytes(path, FitActivityWriter.Write(activity));
                break;
            case "tcx":
                using (var stream = File.Create(path)) TcxWriter.Write(review, stream, activity.Software);
                break;
            default:
                using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false))) CsvWriter.Write(review, writer);
                break;
        }
    }
}
