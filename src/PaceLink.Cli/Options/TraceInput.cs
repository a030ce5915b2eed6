using System.CommandLine;
using PaceLink.Core.Recording;
using PaceLink.Core.Review;

namespace PaceLink.Cli.Options;

/// <summary>
/// The trace argument plus the workout options, as review, export and calibrate take them: reads the
/// trace, reports skipped lines, applies the options over the header's workout and replays it.
/// </summary>
internal sealed class TraceInput
{
    public Argument<string> Trace { get; } = new("trace") { Description = "trace file (.jsonl) recorded by pacelink run" };
    public WorkoutArguments Workout { get; }

    /// <param name="withUnits">True for a verb that shows paces (review): it takes --units too.</param>
    public TraceInput(bool withUnits = false) => Workout = new WorkoutArguments(withUnits);

    public void AddTo(Command command)
    {
        command.Arguments.Add(Trace);
        Workout.AddTo(command);
    }

    /// <summary>The replayed session, or null after writing the reason to the error output.</summary>
    public ReplayedSession? Load(ParseResult result, CliOutput io)
    {
        var path = result.GetValue(Trace)!;
        TraceReadResult read;
        try
        {
            using var stream = File.OpenRead(path);
            read = TraceReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"error: cannot open trace '{path}': {e.Message}");
            return null;
        }
        foreach (var warning in read.Warnings) io.Error.WriteLine($"warning: {path} {warning}");
        if (read.Trace is not { } contents)
        {
            io.Error.WriteLine($"error: {path}: {read.Error}");
            return null;
        }
        if (!Workout.TryResolve(result, contents.Header.Settings, out var settings, out var error))
        {
            var hint = contents.Header.Settings is null && !Workout.AnyGiven(result) ? " (the trace stores no workout: give the workout options)" : "";
            io.Error.WriteLine($"error: {error}{hint}");
            return null;
        }
        return TraceReview.Replay(contents, settings);
    }
}
