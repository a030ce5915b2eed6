using System.CommandLine;
using System.Globalization;
using System.Reactive.Concurrency;
using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Simulation;
using PaceLink.Simulation.FakeBlueZ;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink simulate-bluez [--bus ADDRESS] [--seed N] [--pod-hz 1-4] [--hr-hz 1-4] [--jog]</c>: a BlueZ-shaped service with a simulated foot pod
/// and strap on a D-Bus bus, so scan, pair and run can be shown end to end without a radio.
/// Without <c>--bus</c> it starts a private dbus-daemon of its own and prints the one line to export.
/// Lines on standard input make it misbehave (drop a sensor, switch the adapter off, restart).
/// </summary>
internal static class SimulateBlueZCommand
{
    public static Command Build(CliOutput io)
    {
        var bus = new Option<string?>("--bus") { Description = "D-Bus address to serve on (default: a private bus of its own, whose address it prints)" };
        var seed = new Option<int>("--seed") { Description = "seed of the simulated runner", DefaultValueFactory = _ => 1 };
        var podHz = new Option<double>("--pod-hz") { Description = "foot-pod notifications per second, 1 to 4", DefaultValueFactory = _ => 1 };
        var hrHz = new Option<double>("--hr-hz") { Description = "heart-rate notifications per second, 1 to 4", DefaultValueFactory = _ => 1 };
        // No coaching reaches this runner, so by default they stand still; jogging gives moving sensor data.
        var jog = new Option<bool>("--jog") { Description = "the runner jogs steadily from the start (default: stands, as no cues reach them)" };
        var command = new Command("simulate-bluez", "Serve a simulated foot pod and heart-rate strap as BlueZ does, on a D-Bus bus");
        command.Options.Add(bus);
        command.Options.Add(seed);
        command.Options.Add(podHz);
        command.Options.Add(hrHz);
        command.Options.Add(jog);
        command.SetAction((result, cancel) =>
        {
            if (!TryRates(io, result.GetValue(podHz), result.GetValue(hrHz), out var options)) return Task.FromResult(1);
            return RunAsync(io, result.GetValue(bus), options with { Seed = result.GetValue(seed) }, result.GetValue(jog), cancel);
        });
        return command;
    }

    /// <summary>The sensors' notification rates (as `run --simulate` takes them: real pods send 1-4 a second).</summary>
    private static bool TryRates(CliOutput io, double podHz, double hrHz, out SimulationOptions options)
    {
        options = new SimulationOptions
        {
            FootPod = new FootPodOptions { Hz = podHz },
            HeartStrap = new HeartStrapOptions { Hz = hrHz },
        };
        var problem = podHz is < 1 or > 4 ? $"--pod-hz must be between 1 and 4, not {podHz.ToString(CultureInfo.InvariantCulture)}"
            : hrHz is < 1 or > 4 ? $"--hr-hz must be between 1 and 4, not {hrHz.ToString(CultureInfo.InvariantCulture)}"
            : null;
        if (problem is not null) io.Error.WriteLine($"error: {problem}");
        return problem is null;
    }

    private static async Task<int> RunAsync(CliOutput io, string? busAddress, SimulationOptions simulation, bool jog, CancellationToken cancel)
    {
        PrivateBus? own = null;
        if (busAddress is null)
        {
            try
            {
                own = await PrivateBus.StartAsync();
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                io.Error.WriteLine($"error: cannot start a private bus: {e.Message}; or give --bus ADDRESS");
                return 1;
            }
        }
        await using var ownBus = own;
        var address = busAddress ?? own!.Address;
        FakeBlueZ fake;
        try
        {
            fake = await FakeBlueZ.StartAsync(address, devices: [FakeDevices.FootPod(), FakeDevices.HeartStrap()]);
        }
        catch (Exception e) when (e is Tmds.DBus.Protocol.DBusExceptionBase or IOException)
        {
            io.Error.WriteLine($"error: cannot serve org.bluez on {address}: {e.Message}. Is bluetoothd already running there, or does the bus policy forbid owning org.bluez?");
            return 1;
        }
        await using (fake)
        {
            var run = new SimulatedRun(simulation, Scheduler.Default);
            run.Runner.Follow(WorkoutPresets.Intervals(2, Pace.FromSecondsPerKm(240)));
            if (jog) run.Hear(new PhaseStarted(TimeSpan.Zero, Phase.Warmup, 0, 0));
            using var feed = fake.FeedFrom(run.Notifications);
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Serving org.bluez on {address}: foot pod {FakeDevices.PodAddress} ({simulation.FootPod.Hz:0.##} Hz), strap {FakeDevices.StrapAddress} ({simulation.HeartStrap.Hz:0.##} Hz)."));
            io.Out.WriteLine($"export DBUS_SYSTEM_BUS_ADDRESS='{address}'");
            io.Out.WriteLine($"Paste that line into another terminal, then: pacelink scan. Ctrl+C stops; {FakeBlueZCommands.Help}.");
            await ReadCommandsAsync(io, fake, cancel);
        }
        return 0;
    }

    /// <summary>
    /// Applies standard-input lines until cancelled; at the end of input it just keeps serving.
    /// Lines are read on a thread of their own: a console read blocks, and must not hold up the bus.
    /// </summary>
    private static async Task ReadCommandsAsync(CliOutput io, FakeBlueZ fake, CancellationToken cancel)
    {
        var lines = System.Threading.Channels.Channel.CreateUnbounded<string>();
        var reader = new Thread(() =>
        {
            while (Console.In.ReadLine() is { } line) lines.Writer.TryWrite(line);
            lines.Writer.TryComplete();
        }) { IsBackground = true, Name = "simulate-bluez commands" };
        reader.Start();
        try
        {
            await foreach (var line in lines.Reader.ReadAllAsync(cancel))
                if (line.Trim().Length > 0) io.Out.WriteLine(await FakeBlueZCommands.ApplyAsync(fake, line));
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            io.Out.WriteLine("Stopped.");
        }
    }
}
