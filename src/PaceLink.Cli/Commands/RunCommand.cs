using System.CommandLine;
using System.Globalization;
using PaceLink.Cli.Hosting;
using PaceLink.Cli.Options;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Views.Terminal;
using PaceLink.Service.Sessions;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink run --simulate [workout options] [--speed 10] [--seed N] [--trace PATH] …</c>: coaches
/// one workout live, shows it in the terminal and records it to a trace. Ctrl+C stops the workout
/// cleanly (the trace keeps everything up to then).
/// </summary>
internal static class RunCommand
{
    /// <summary>Rep pace of a simulated runner when the user gives no target: 4:00/km (a 40-minute 10k).</summary>
    public static readonly Pace SimulatedDefaultPace = Pace.FromSecondsPerKm(240);

    /// <summary>Builds the verb for the real machine.</summary>
    public static Command Build(CliOutput io) => Build(io, RunEnvironment.Default);

    /// <summary>Builds the verb with the given clock, pacing, console and data folder (tests pass their own).</summary>
    public static Command Build(CliOutput io, RunEnvironment env)
    {
        var simulate = new Option<bool>("--simulate") { Description = "run with a simulated runner, foot pod and heart-rate strap (no hardware needed)" };
        var speed = new Option<double>("--speed") { Description = "run this many times faster than real time (simulation only, 0.1 to 1000), e.g. 20", DefaultValueFactory = _ => 1 };
        var trace = new Option<string?>("--trace") { Description = "trace file to record to (default: a new file in the user's data folder)" };
        var plain = new Option<bool>("--plain") { Description = "print one line per coaching event instead of the live display" };
        var relay = new Option<bool>("--relay") { Description = "also relay the pod (calibrated as the session) and the strap to a watch, as \"PaceLink Pod\" and \"PaceLink HR\" (Linux)" };
        var relayAdapter = new Option<string?>("--relay-adapter") { Description = "adapter the watch connects to with --relay, like hci1 (default: the sensors' adapter)" };
        var workout = new WorkoutArguments(withUnits: true);
        var simulator = new SimulatorOptions();
        var speech = new SpeechArguments();
        var command = new Command("run", "Coach an interval workout live and record it (use --simulate to try it without sensors)");
        command.Options.Add(simulate);
        command.Options.Add(speed);
        command.Options.Add(trace);
        command.Options.Add(plain);
        command.Options.Add(relay);
        command.Options.Add(relayAdapter);
        workout.AddTo(command);
        simulator.AddTo(command);
        speech.AddTo(command);
        command.SetAction((result, cancellation) =>
        {
            var request = new RunRequest(result.GetValue(simulate), result.GetValue(speed), result.GetValue(trace), result.GetValue(plain),
                result.GetValue(relay), result.GetValue(relayAdapter));
            return RunAsync(io, env, request, workout, simulator, speech, result, cancellation);
        });
        return command;
    }

    private sealed record RunRequest(bool Simulate, double Speed, string? Trace, bool Plain, bool Relay, string? RelayAdapter);

    private static async Task<int> RunAsync(CliOutput io, RunEnvironment env, RunRequest request, WorkoutArguments workout,
        SimulatorOptions simulator, SpeechArguments speech, ParseResult result, CancellationToken cancellation)
    {
        if (!TryChooseSpeech(io, env, speech, result, out var voice, out var exit)) return exit;
        if (request.RelayAdapter is { } adapter && !request.Relay) return io.Fail("--relay-adapter goes with --relay");
        if (request.RelayAdapter is { } named && !PaceLink.Service.Relay.RelaySetup.IsAdapterName(named))
            return io.Fail($"--relay-adapter must name an adapter like hci1 (got '{named}'); `bluetoothctl list` shows them");
        if (!request.Simulate)
            return await PairedRun.RunAsync(io, env, new PairedRunRequest(request.Trace, request.Plain, request.Relay, request.RelayAdapter), workout, voice, result, cancellation);
        if (request.Relay) return io.Fail("--relay relays real sensors to a watch; it does not go with --simulate (`pacelink emulate` offers a simulated pod)");
        if (LiveSessionBuilder.SpeedProblem("--speed", request.Speed) is { } problem) return io.Fail(problem);
        // A simulated runner needs a pace to run at; the user's --target-pace or --goal wins.
        var baseline = new WorkoutSettings { TargetPace = SimulatedDefaultPace };
        if (!workout.TryResolve(result, baseline, out var settings, out var error)) return io.Fail(error);
        var seed = result.GetValue(simulator.Seed) ?? Random.Shared.Next(1, 100_000);
        if (!simulator.TryResolve(result, settings.EffectiveTargetPace ?? SimulatedDefaultPace, seed, out var simulation, out error)) return io.Fail(error);

        // A trace is never overwritten: a recorded session is data the runner may want back.
        if (request.Trace is { } given && OutputFile.RefuseNewTrace(given) is { } refusal) return io.Fail($"--trace: {refusal}");

        var builder = new LiveSessionBuilder(env.Time, env.Pacer);
        builder.Simulate(simulation);
        var view = new TerminalView(env.Console(io.Out, request.Plain), env.Time);
        var spoken = RunSpeech.Start(io, env, voice);
        using var run = builder.Build(new LiveSessionInputs
        {
            Settings = settings, Options = RunSpeech.EngineOptions(settings, voice), Speed = request.Speed, TracePath = request.Trace, DataFolder = env.DataFolder(),
            Sinks = [view, .. spoken.Sinks], Logger = new TextWriterLogger(io.Error),
        });

        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Simulated {settings.WorkoutLabel} at {PaceText.Written(settings.EffectiveTargetPace ?? SimulatedDefaultPace, settings.Units)}, seed {seed}, {request.Speed:0.##}x speed"));
        return await LiveConsole.RunAsync(io, env, run, view, spoken, cancellation);
    }

    /// <summary>The speech choice from the options and the configuration; a broken configuration is exit code 2, as for the service.</summary>
    internal static bool TryChooseSpeech(CliOutput io, RunEnvironment env, SpeechArguments speech, ParseResult result, out SpeechChoice choice, out int exit)
    {
        choice = null!;
        exit = 0;
        PaceLink.Service.Hosting.SpeechOptions configured;
        try
        {
            configured = env.SpeechDefaults();
        }
        catch (PaceLink.Service.Hosting.ServiceConfigurationException e)
        {
            foreach (var problem in e.Errors) io.Error.WriteLine($"error: {problem}");
            exit = 2;
            return false;
        }
        if (speech.TryResolve(result, configured, out choice, out var error)) return true;
        exit = io.Fail(error);
        return false;
    }
}
