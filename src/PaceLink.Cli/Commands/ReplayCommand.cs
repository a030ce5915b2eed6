using System.CommandLine;
using PaceLink.Cli.Options;
using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Core.Text;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink replay TRACE [workout options] [--json]</c>: runs a recorded trace through the coaching
/// engine on virtual time and prints the coaching events. The trace header's workout is the default.
/// </summary>
public static class ReplayCommand
{
    /// <summary>The verb, writing to <paramref name="io"/>.</summary>
    public static Command Build(CliOutput io)
    {
        var trace = new Argument<string>("trace") { Description = "trace file (.jsonl) recorded by pacelink run" };
        var json = new Option<bool>("--json") { Description = "print the events as JSON, one object per line" };
        var workout = new WorkoutOptions();
        var command = new Command("replay", "Replay a recorded trace through the coaching engine and print what the runner was told");
        command.Arguments.Add(trace);
        command.Options.Add(json);
        workout.AddTo(command);
        command.SetAction(result => Run(io, result.GetValue(trace)!, result.GetValue(json), workout, result));
        return command;
    }

    private static int Run(CliOutput io, string path, bool json, WorkoutOptions workout, ParseResult result)
    {
        TraceReadResult read;
        try
        {
            using var stream = File.OpenRead(path);
            read = TraceReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"error: cannot open trace '{path}': {e.Message}");
            return 1;
        }
        foreach (var warning in read.Warnings) io.Error.WriteLine($"warning: {path} {warning}");
        if (read.Trace is not { } contents)
        {
            io.Error.WriteLine($"error: {path}: {read.Error}");
            return 1;
        }
        if (!workout.TryResolve(result, contents.Header.Settings, out var settings, out var error))
        {
            var hint = contents.Header.Settings is null && !workout.AnyGiven(result) ? " (the trace stores no workout: give the workout options)" : "";
            io.Error.WriteLine($"error: {error}{hint}");
            return 1;
        }
        var replay = TraceReplay.Run(contents, settings.ToPlan(), settings.ToOptions());
        foreach (var e in replay.Events)
            io.Out.WriteLine(json ? CoachingEventJson.Serialize(e) : EventText.BriefLine(e));
        if (!json)
            io.Out.WriteLine($"{replay.Events.Count} events, {replay.Events.OfType<RepCompleted>().Count()} reps, {Clock.Tenths(replay.Duration.TotalSeconds)} of trace ({settings.WorkoutLabel})");
        return 0;
    }
}
