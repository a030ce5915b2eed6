using System.CommandLine;
using Microsoft.Extensions.Logging;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Cli.Options;
using PaceLink.Service.Relay;
using PaceLink.Views.Terminal;
using PaceLink.Service.Sessions;

namespace PaceLink.Cli.Hosting;

/// <summary>
/// The live half of `pacelink run`: the paired sensors over Bluetooth (BlueZ on Linux; the bus from
/// DBUS_SYSTEM_BUS_ADDRESS when set), at real speed. Link changes (lost, reconnected, battery) are logged.
/// </summary>
public static class PairedRun
{
    public static async Task<int> RunAsync(CliOutput io, RunEnvironment env, PairedRunRequest request, WorkoutArguments workout, SpeechChoice voice, ParseResult result, CancellationToken cancellation)
    {
        var (trace, plain) = (request.Trace, request.Plain);
        // A trace is never overwritten: a recorded session is data the runner may want back.
        if (trace is not null && OutputFile.RefuseNewTrace(trace) is { } refusal) return Fail(io, $"--trace: {refusal}");
        var start = env.Time.GetUtcNow();
        var clock = new SessionClock(start);
        var logger = new TextWriterLogger(io.Error);
        BluetoothSensorSource source;
        try
        {
            source = await BluetoothSensorSource.OpenAsync(clock, options: SensorRetryLog.To(logger), cancellationToken: cancellation);
        }
        catch (Exception e) when (e is BluetoothException or SensorStoreException)
        {
            return Fail(io, BluetoothAdvice.Explain(e));
        }
        await using (source)
        {
            // Sensors first: "nothing paired" and "no adapter" (with the --simulate hint) matter more than workout options.
            if (!workout.TryResolve(result, null, out var settings, out var error)) return Fail(io, error);
            RelayLink? relay = null;
            if (request.Relay)
            {
                try
                {
                    relay = await SessionRelay.StartAsync(source, settings, request.RelayAdapter, null, clock, line => logger.Log(LogLevel.Information, "relay: {Line}", line), cancellation);
                }
                catch (BluetoothException e)
                {
                    return Fail(io, "--relay: " + BluetoothAdvice.Explain(e));
                }
            }
            await using var relaying = relay;
            // A lost sensor is worth a warning the runner sees; a (re)connection is routine.
            using var links = source.Changes.Subscribe(c => logger.Log(c.Status == LinkStatus.Connected ? LogLevel.Information : LogLevel.Warning,
                "{Sensor}: {Reason}{Details}", c.Sensor, c.Reason, Details(c)));
            var view = new TerminalView(env.Console(io.Out, plain), env.Time);
            var tracePath = trace ?? SessionFolder.NewTracePath(env.DataFolder(), start, settings.WorkoutLabel);
            var spoken = RunSpeech.Start(io, env, voice);
            using var session = new LiveSession(new LiveSessionSetup
            {
                Settings = settings, Options = RunSpeech.EngineOptions(settings, voice), TracePath = tracePath, Sinks = [view, .. spoken.Sinks], Relay = relay is null ? null : relay.Relay.Forward,
            }, source, clock, logger);
            io.Out.WriteLine($"Live {settings.WorkoutLabel} with {string.Join(" and ", source.Sensors.Select(s => $"{s.Name ?? s.Id} ({s.Address})"))}");
            if (relay is not null) io.Out.WriteLine($"Relaying to a watch on {relay.Relay.Setup.PeripheralAdapter} as {relay.Relay.Setup.Served}");
            io.Out.WriteLine($"Recording to {Path.GetFullPath(tracePath)}");
            var display = view.RunAsync(() => session.IsEnded, CancellationToken.None);
            var summary = await SessionRunner.RunAsync(session, clock, env.Pacer(1), cancellation);
            await display;
            await spoken.FinishAsync(io);
            foreach (var line in summary.Describe()) io.Out.WriteLine(line);
            RunHistory.Add(io, env, tracePath);
            return 0;
        }
    }

    private static string Details(LinkChange c) =>
        (c.BatteryPercent, c.Location) switch
        {
            ({ } b, { } l) => $" (battery {b}%, {l})",
            ({ } b, null) => $" (battery {b}%)",
            (null, { } l) => $" ({l})",
            _ => "",
        };

    private static int Fail(CliOutput io, string error)
    {
        io.Error.WriteLine($"error: {error}");
        return 1;
    }
}

/// <summary>What `pacelink run` on paired sensors was asked for besides the workout.</summary>
public sealed record PairedRunRequest(string? Trace, bool Plain, bool Relay = false, string? RelayAdapter = null);
