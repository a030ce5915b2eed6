using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.BlueZ.Peripheral;
using PaceLink.Core.Gatt;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;
using PaceLink.Simulation;
using PaceLink.Simulation.Emulation;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Cli.Emulation;

/// <summary>What `pacelink emulate` was asked for.</summary>
internal sealed record EmulatorRequest(bool FootPod, WorkoutSettings Settings, BlueZOptions BlueZ, double Speed, int Seed, string? Name, string? TracePath, bool Json, TimeSpan StartDelay, double PodError = 0);

/// <summary>
/// A simulated runner wearing a sensor that real centrals can connect to: the sensor is offered
/// through BlueZ, the runner starts the workout when the first central subscribes to the
/// measurement (after <see cref="EmulatorRequest.StartDelay"/>), and runs it in wall-clock time (times <see cref="EmulatorRequest.Speed"/>).
/// Lines on standard input switch the sensor off and on ("off", "on") or end it ("stop").
/// </summary>
internal sealed class Emulator(EmulatorRequest request, CliOutput io, TextReader input)
{
    private readonly EmulatorReport _report = new(io, request.Json, request.Speed);

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var pod = new EmulatedFootPod(request.Name ?? "PaceLink Pod");
        var profile = request.FootPod ? pod.Profile : new EmulatedHeartStrap(request.Name ?? "PaceLink HR").Profile;
        var measurement = request.FootPod ? GattIds.RscMeasurement : GattIds.HeartRateMeasurement;
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var peripheral = await BlueZPeripheral.StartAsync(profile, request.BlueZ, line => _report.Write("log " + line), cancellation);
        peripheral.SubscriptionChanged += (uuid, on) => { if (uuid == measurement && on) subscribed.TrySetResult(); };
        _report.Write($"ready \"{profile.LocalName}\" on {peripheral.Adapter}: waiting for a central to subscribe to 0x{measurement:X4}");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _ = Task.Run(() => ObeyAsync(peripheral, stop), CancellationToken.None);
        try
        {
            await subscribed.Task.WaitAsync(stop.Token);
            if (request.StartDelay > TimeSpan.Zero) await Task.Delay(request.StartDelay, stop.Token);
        }
        catch (OperationCanceledException)
        {
            _report.Write("summary stopped before any central subscribed");
            return 0;
        }

        var builder = new LiveSessionBuilder(TimeProvider.System);
        var runner = builder.Simulate(new SimulationOptions { Seed = request.Seed, WithHeartStrap = !request.FootPod, FootPod = new FootPodOptions { CalibrationError = request.PodError } });
        // What a central last received corresponds to the runner's true distance at that instant.
        var lastSent = TimeSpan.Zero;
        builder.Use(new EmulatorSource(runner, measurement,
            n =>
            {
                lastSent = n.At;
                peripheral.Notify(measurement, request.FootPod ? pod.Outgoing(n.Payload.ToArray()) : n.Payload.ToArray());
            }));
        // The emulator's own session is a by-product: by default it goes with the temporary files, not into the user's sessions.
        var trace = request.TracePath ?? Path.Combine(Path.GetTempPath(), $"pacelink-emulate-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.jsonl");
        using var live = builder.Build(new LiveSessionInputs { Settings = request.Settings, Speed = request.Speed, TracePath = trace, Sinks = [_report] });
        var summary = await live.RunAsync(stop.Token);
        _report.Truth(runner.Run.Truth, lastSent);
        _report.Write($"summary {(summary.Completed ? "completed" : "stopped")} reps {summary.Reps.Count} notifications {summary.Notifications} trace {summary.TracePath ?? "(none)"}");
        return 0;
    }

    /// <summary>Reads commands until "stop" or the end of input (which leaves the sensor running).</summary>
    private async Task ObeyAsync(BlueZPeripheral peripheral, CancellationTokenSource stop)
    {
        while (!stop.IsCancellationRequested && await input.ReadLineAsync(stop.Token) is { } line)
        {
            try
            {
                switch (line.Trim().ToLowerInvariant())
                {
                    case "off": await peripheral.TurnOffAsync(stop.Token); _report.Write("sensor off"); break;
                    case "on": await peripheral.TurnOnAsync(stop.Token); _report.Write("sensor on"); break;
                    case "stop": stop.Cancel(); return;
                    case "": break;
                    default: _report.Write($"log unknown command \"{line.Trim()}\" (off, on, stop)"); break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _report.Write($"log command \"{line.Trim()}\" failed: {e.Message}");
            }
        }
    }
}
