using Microsoft.Extensions.Logging;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Hosting;
using PaceLink.Service.Storage;
using PaceLink.Simulation;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Starts real sessions for the service: a <see cref="LiveSession"/> assembled by the
/// <see cref="LiveSessionBuilder"/> as every host's is, recording to a new trace in the data
/// folder. The runner is simulated or the paired sensors (with the relay when configured).
/// </summary>
internal sealed class LiveSessionStarter(PaceLinkOptions options, TimeProvider time, ILoggerFactory logs) : ISessionStarter
{
    public async Task<IRunningSession> StartAsync(SessionRequest request, IReadOnlyList<ICoachingSink> sinks, CancellationToken cancellationToken)
    {
        // The start request checks the speed too; a request made in code gets the same sentence.
        if (request.Simulate && LiveSessionBuilder.SpeedProblem("speed", request.Speed) is { } problem) throw new SessionRequestException(problem);
        var folder = options.ResolvedDataFolder;
        try
        {
            PrivateFiles.CloseFolder(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(new TraceUnavailableException(Path.Combine(folder, "trace"), e));
        }
        var builder = new LiveSessionBuilder(time);
        INotificationSource source;
        IAsyncDisposable? radio = null;
        if (request.Simulate)
        {
            source = builder.Simulate(new SimulationOptions { Seed = request.Seed ?? Random.Shared.Next(1, int.MaxValue) });
        }
        else
        {
            (source, radio) = await PairedSensors.OpenAsync(options, options.ConfigDir, builder.Clock, request.Athlete, logs.CreateLogger("PaceLink.Sensors"), cancellationToken);
            builder.Use(source);
        }
        Relay.RelayLink? relay = null;
        if (!request.Simulate && options.Relay.Enabled && source is PairedSensorSource bluetooth)
        {
            try
            {
                var log = logs.CreateLogger("PaceLink.Relay");
                relay = await Relay.SessionRelay.StartAsync(bluetooth, request.Settings, options.Relay.Adapter is { Length: > 0 } a ? a : null, options.Relay.Calibration,
                    builder.Clock, line => log.LogInformation("{Relay}", line), cancellationToken);
                radio = new Together(relay, radio!);
            }
            catch (Bluetooth.Abstractions.BluetoothException e)
            {
                if (radio is not null) await radio.DisposeAsync();
                throw new SessionRequestException("Relay: " + BluetoothAdvice.Explain(e, "Relay:Adapter"));
            }
        }
        LiveRun run;
        try
        {
            run = builder.Build(new LiveSessionInputs
            {
                Settings = request.Settings,
                // The halfway mark is only an event when its cue is switched on (Speech:Cues:HalfwaySplit).
                Options = request.Settings.ToOptions() with { HalfwaySplit = options.Speech.Cues.HalfwaySplit },
                Speed = request.Speed,
                DataFolder = folder,
                Athlete = request.Athlete,
                Sinks = sinks,
                Relay = relay is null ? null : relay.Relay.Forward,
                Logger = logs.CreateLogger<LiveSession>(),
            });
        }
        catch (FormatException e)
        {
            if (radio is not null) await radio.DisposeAsync();
            throw new SessionRequestException(e.Message);
        }
        try
        {
            // A session that cannot be recorded is refused now, not reported with a trace that never appears.
            run.Session.PrepareTrace();
        }
        catch (TraceUnavailableException e)
        {
            if (radio is not null) await radio.DisposeAsync();
            throw Unavailable(e);
        }
        UnfinishedSessions.Mark(run.TracePath, logs.CreateLogger<LiveSessionStarter>());
        return new RunningLiveSession(run.Session, run.Clock, run.Pacer, run.TracePath, time, radio);
    }

    /// <summary>The relay goes before the sensors it relays.</summary>
    private sealed class Together(IAsyncDisposable first, IAsyncDisposable second) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private TraceUnavailableException Unavailable(TraceUnavailableException e)
    {
        logs.CreateLogger<LiveSessionStarter>().LogError("Session not started: {Reason}", e.Message);
        return e;
    }
}
