using System.CommandLine;
using Microsoft.Extensions.Logging;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Cli.Options;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Relay;
using PaceLink.Views.Terminal;
using PaceLink.Service.Sessions;

namespace PaceLink.Cli.Hosting;

/// <summary>
/// The live half of `pacelink run`: the paired sensors over Bluetooth (BlueZ on Linux; the bus from
/// DBUS_SYSTEM_BUS_ADDRESS when set), at real speed. Link changes (lost, reconnected, battery) are logged.
/// </summary>
internal static class PairedRun
{
    public static async Task<int> RunAsync(CliOutput io, RunEnvironment env, PairedRunRequest request, WorkoutArguments workout, SpeechChoice voice, ParseResult result, CancellationToken cancellation)
    {
        var (trace, plain) = (request.Trace, request.Plain);
        // A trace is never overwritten: a recorded session is data the runner may want back.
        if (trace is not null && OutputFile.RefuseNewTrace(trace) is { } refusal) return io.Fail($"--trace: {refusal}");
        var builder = new LiveSessionBuilder(env.Time, env.Pacer);
        var logger = new TextWriterLogger(io.Error);
        PairedSensorSource source;
        try
        {
            source = await PairedSensorSource.OpenAsync(builder.Clock, () => builder.Clock.Elapsed, options: SensorRetryLog.To(logger), cancellationToken: cancellation);
        }
        catch (Exception e) when (e is BluetoothException or SensorStoreException)
        {
            return io.Fail(BluetoothAdvice.Explain(e));
        }
        await using (source)
        {
            builder.Use(source);
            // Sensors first: "nothing paired" and "no adapter" (with the --simulate hint) matter more than workout options.
            if (!workout.TryResolve(result, null, out var settings, out var error)) return io.Fail(error);
            RelayLink? relay = null;
            if (request.Relay)
            {
                try
                {
                    relay = await SessionRelay.StartAsync(source, settings, request.RelayAdapter, null, builder.Clock, line => logger.Log(LogLevel.Information, "relay: {Line}", line), cancellation);
                }
                catch (BluetoothException e)
                {
                    return io.Fail("--relay: " + BluetoothAdvice.Explain(e, "--relay-adapter"));
                }
            }
            await using var relaying = relay;
            // A lost sensor is worth a warning the runner sees; a (re)connection is routine.
            using var links = source.LinkChanges.Subscribe(c => logger.Log(c.Status == LinkStatus.Connected ? LogLevel.Information : LogLevel.Warning,
                "{Sensor}: {Reason}{Details}", c.Sensor, c.Reason, Details(c)));
            var view = new TerminalView(env.Console(io.Out, plain), env.Time);
            var spoken = RunSpeech.Start(io, env, voice);
            using var run = builder.Build(new LiveSessionInputs
            {
                Settings = settings, Options = RunSpeech.EngineOptions(settings, voice), TracePath = trace, DataFolder = env.DataFolder(),
                Sinks = [view, .. spoken.Sinks], Relay = relay is null ? null : relay.Relay.Forward, Logger = logger,
            });
            io.Out.WriteLine($"Live {settings.WorkoutLabel} with {string.Join(" and ", source.Sensors.Select(s => $"{s.Name ?? s.Id} ({s.Address})"))}");
            if (relay is not null) io.Out.WriteLine($"Relaying to a watch on {relay.Relay.Setup.PeripheralAdapter} as {relay.Relay.Setup.Served}");
            return await LiveConsole.RunAsync(io, env, run, view, spoken, cancellation);
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
}

/// <summary>What `pacelink run` on paired sensors was asked for besides the workout.</summary>
internal sealed record PairedRunRequest(string? Trace, bool Plain, bool Relay = false, string? RelayAdapter = null);
