using System.CommandLine;
using PaceLink.Cli.Hosting;
using PaceLink.Cli.Options;
using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Core.Workout;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Core.Text;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink replay TRACE [workout options] [--json]</c>: runs a recorded trace through the coaching
/// engine on virtual time and prints the coaching events. The trace header's workout is the default.
/// With <c>--speech</c> it prints the cue script instead: what the live voice says, when.
/// </summary>
internal static class ReplayCommand
{
    /// <summary>
    /// The verb, writing to <paramref name="io"/>. The cue script says what the configuration's
    /// Speech:Cues switch on, as a live run would; <paramref name="cues"/> replaces it (tests).
    /// </summary>
    public static Command Build(CliOutput io, Func<CueOptions>? cues = null)
    {
        var trace = new Argument<string>("trace") { Description = "trace file (.jsonl) recorded by pacelink run" };
        var json = new Option<bool>("--json") { Description = "print the events as JSON, one object per line" };
        var speech = new Option<bool>("--speech") { Description = "print the spoken cues ([mm:ss.s] sentence; with --json {\"t\",\"say\",\"event\"} per line)" };
        var workout = new WorkoutArguments(withUnits: true);
        var command = new Command("replay", "Replay a recorded trace through the coaching engine and print what the runner was told");
        command.Arguments.Add(trace);
        command.Options.Add(json);
        command.Options.Add(speech);
        workout.AddTo(command);
        command.SetAction(result => Run(io, result.GetValue(trace)!, result.GetValue(json), result.GetValue(speech), workout, result,
            cues ?? (() => RunEnvironment.Default.SpeechDefaults().Cues)));
        return command;
    }

    private static int Run(CliOutput io, string path, bool json, bool speech, WorkoutArguments workout, ParseResult result, Func<CueOptions> cues)
    {
        CueOptions? switches = null;
        if (speech)
        {
            try
            {
                switches = cues();
            }
            catch (PaceLink.Service.Hosting.ServiceConfigurationException e)
            {
                foreach (var problem in e.Errors) io.Error.WriteLine($"error: {problem}");
                return 2;
            }
        }
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"error: cannot open trace '{path}': {e.Message}");
            return 1;
        }
        ReplayResult replay;
        WorkoutSettings settings;
        WorkoutPlan plan;
        TraceStream read;
        using (stream)
        {
            // Read as it plays: a long trace never sits in memory whole.
            read = TraceStream.Open(stream);
            if (read.Header is not { } header)
            {
                foreach (var warning in read.Warnings) io.Error.WriteLine($"warning: {path} {warning}");
                io.Error.WriteLine($"error: {path}: {read.Error}");
                return 1;
            }
            if (!workout.TryResolve(result, header.Settings, out settings, out var error))
            {
                foreach (var warning in read.Warnings) io.Error.WriteLine($"warning: {path} {warning}");
                var hint = header.Settings is null && !workout.AnyGiven(result) ? " (the trace stores no workout: give the workout options)" : "";
                io.Error.WriteLine($"error: {error}{hint}");
                return 1;
            }
            plan = settings.ToPlan();
            // The halfway mark is an engine event only the cue script asks for: the events of
            // replay --json stay those of the contract whatever the configuration says.
            replay = TraceReplay.Run(read, plan, settings.ToOptions() with { HalfwaySplit = switches?.HalfwaySplit == true });
        }
        foreach (var warning in read.Warnings) io.Error.WriteLine($"warning: {path} {warning}");
        if (read.Error is { } failed)
        {
            io.Error.WriteLine($"error: {path}: {failed}");
            return 1;
        }
        if (speech)
        {
            foreach (var line in CueScript.For(plan, replay.Events, replay.Summaries, switches, settings.Units)) io.Out.WriteLine(json ? CueScript.Json(line) : CueScript.Text(line));
            return 0;
        }
        foreach (var e in replay.Events)
            io.Out.WriteLine(json ? CoachingEventJson.Serialize(e) : EventText.BriefLine(e));
        if (!json)
            io.Out.WriteLine($"{replay.Events.Count} events, {replay.Events.OfType<RepCompleted>().Count()} reps, {Clock.Tenths(replay.Duration.TotalSeconds)} of trace ({settings.WorkoutLabel})");
        return 0;
    }
}
