using PaceLink.Service.Sessions;
using System.CommandLine;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Cli.Emulation;
using PaceLink.Cli.Options;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink emulate footpod|hr [--adapter hci1] [--bus ADDRESS] [--speed 1] [workout options]</c>:
/// turns this computer into a foot pod or heart-rate strap worn by the simulated runner, offered
/// through BlueZ so watches, phones and PaceLink itself can connect to it (Linux).
/// </summary>
internal static class EmulateCommand
{
    public static Command Build(CliOutput io) => Build(io, Console.In);

    internal static Command Build(CliOutput io, TextReader input)
    {
        var sensor = new Argument<string>("sensor") { Description = "footpod (running speed and cadence) or hr (heart rate)" };
        var adapter = new Option<string?>("--adapter") { Description = "Bluetooth adapter to advertise on, like hci1 (default hci0)" };
        var bus = new Option<string?>("--bus") { Description = "D-Bus address of BlueZ's bus (default: the system bus)" };
        var speed = new Option<double>("--speed") { Description = "how much faster than real time the runner runs, like 2 (0.1 to 1000, default 1)", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "seed of the simulated runner (default 1)", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "advertised name (default \"PaceLink Pod\" or \"PaceLink HR\")" };
        var trace = new Option<string?>("--trace") { Description = "where to record the emulator's own session (default: a temporary file)" };
        var delay = new Option<string?>("--start-delay") { Description = "wait this long after the first central subscribes before the runner starts, like 1s (default 0s)" };
        var json = new Option<bool>("--json") { Description = "print the runner's coaching events as JSON" };
        var podError = new Option<string?>("--pod-error") { Description = "the emulated pod reads this much long: 4% (a central corrects it with --calibration)" };
        var workout = new WorkoutArguments();
        var command = new Command("emulate", "Act as a foot pod or heart-rate strap on the simulated runner, through BlueZ, for real Bluetooth centrals");
        command.Arguments.Add(sensor);
        foreach (var o in new Option[] { adapter, bus, speed, seed, name, trace, delay, json, podError }) command.Options.Add(o);
        workout.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            var kind = result.GetValue(sensor)!.Trim().ToLowerInvariant();
            if (kind is not ("footpod" or "hr"))
                return io.Fail($"unknown sensor '{kind}': use footpod or hr");
            var pace = result.GetValue(speed);
            if (LiveSessionBuilder.SpeedProblem("--speed", pace) is { } problem) return io.Fail(problem);
            var delayText = result.GetValue(delay) ?? "0s";
            if (!DurationText.TryParse(delayText, out var startDelay, out var delayError) || startDelay < TimeSpan.Zero)
                return io.Fail($"--start-delay must be a duration like 1s (got '{delayText}'){(string.IsNullOrEmpty(delayError) ? "" : ": " + delayError)}");
            if (!SimulatorOptions.TryFraction("--pod-error", result.GetValue(podError), -0.3, 0.3, out var readsLong, out var podErrorText))
                return io.Fail(podErrorText);
            // The runner needs a pace to run at: the user's --target-pace or --goal wins over 4:00/km.
            if (!workout.TryResolve(result, new WorkoutSettings { TargetPace = RunCommand.SimulatedDefaultPace }, out var settings, out var error))
                return io.Fail(error);
            if (result.GetValue(trace) is { } tracePath && OutputFile.RefuseNewTrace(tracePath) is { } refusal)
                return io.Fail($"--trace: {refusal}");
            var blueZ = new BlueZOptions { BusAddress = result.GetValue(bus), AdapterName = result.GetValue(adapter) ?? "hci0" };
            var request = new EmulatorRequest(kind == "footpod", settings, blueZ, pace, result.GetValue(seed), result.GetValue(name), result.GetValue(trace), result.GetValue(json), startDelay, readsLong);
            try
            {
                return await new Emulator(request, io, input).RunAsync(cancellation);
            }
            catch (BluetoothException e)
            {
                return io.Fail(BluetoothAdvice.Explain(e, "--adapter"));
            }
        });
        return command;
    }
}
