using Microsoft.Extensions.Logging;
using PaceLink.Service.Hosting;
using PaceLink.Service.Storage;
using PaceLink.Simulation;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Starts real sessions for the service: a <see cref="LiveSession"/> on its own
/// <see cref="SessionClock"/>, moved by a <see cref="WallClockPacer"/> at the requested speed,
/// recording to a new trace in the data folder. The runner is simulated or the paired sensors.
/// </summary>
public sealed class LiveSessionStarter(PaceLinkOptions options, TimeProvider time, ILoggerFactory logs) : ISessionStarter
{
    public async Task<IRunningSession> StartAsync(SessionRequest request, IReadOnlyList<ICoachingSink> sinks, CancellationToken cancellationToken)
    {
        var folder = options.ResolvedDataFolder;
        try
        {
            PrivateFiles.CloseFolder(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(new TraceUnavailableException(Path.Combine(folder, "trace"), e));
        }
        var started = time.GetUtcNow();
        var clock = new SessionClock(started);
        INotificationSource source;
        IAsyncDisposable? radio = null;
        List<ICoachingSink> all = [.. sinks];
        if (request.Simulate)
        {
            var seed = request.Seed ?? Random.Shared.Next(1, int.MaxValue);
            var simulated = new SimulatedSensorSource(new SimulatedRun(new SimulationOptions { Seed = seed }, clock));
            // The simulated runner hears the cues first, like a runner wearing the earphones.
            all.Insert(0, simulated);
            source = simulated;
        }
        else
        {
            (source, radio) = await PairedSensors.OpenAsync(options, options.ConfigDir, clock, request.Athlete, logs.CreateLogger("PaceLink.Sensors"), cancellationToken);
        }
        Relay.RelayLink? relay = null;
        if (!request.Simulate && options.Relay.Enabled && source is BluetoothSensorSource bluetooth)
        {
            try
            {
                var log = logs.CreateLogger("PaceLink.Relay");
                relay = await Relay.SessionRelay.StartAsync(bluetooth, request.Settings, options.Relay.Adapter is { Length: > 0 } a ? a : null, options.Relay.Calibration,
                    clock, line => log.LogInformation("{Relay}", line), cancellationToken);
                radio = new Together(relay, radio!);
            }
            catch (Bluetooth.Abstractions.BluetoothException e)
            {
                if (radio is not null) await radio.DisposeAsync();
                throw new SessionRequestException("Relay: " + BluetoothAdvice.Explain(e));
            }
        }
        var setup = new LiveSessionSetup
        {
            Settings = request.Settings,
            // The halfway mark is only an event when its cue is switched on (Speech:Cues:HalfwaySplit).
            Options = request.Settings.ToOptions() with { HalfwaySplit = options.Speech.Cues.HalfwaySplit },
            TracePath = SessionFolder.NewTracePath(folder, started, request.Settings.WorkoutLabel + (request.Simulate ? "-simulated" : "") + (request.Athlete is { } name ? "-" + name : "")),
            Sinks = all,
            Relay = relay is null ? null : relay.Relay.Forward,
        };
        LiveSession live;
        try
        {
            live = new LiveSession(setup, source, clock, logs.CreateLogger<LiveSession>());
        }
        catch (FormatException e)
        {
            if (radio is not null) await radio.DisposeAsync();
            throw new SessionRequestException(e.Message);
        }
        try
        {
            // A session that cannot be recorded is refused now, not reported with a trace that never appears.
            live.PrepareTrace();
        }
        catch (TraceUnavailableException e)
        {
            if (radio is not null) await radio.DisposeAsync();
            throw Unavailable(e);
        }
        UnfinishedSessions.Mark(setup.TracePath, logs.CreateLogger<LiveSessionStarter>());
        // Real sensors run in real time whatever the request says.
        var speed = request.Simulate ? request.Speed : 1.0;
        return new RunningLiveSession(live, clock, new WallClockPacer(speed, time), setup.TracePath, time, radio);
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
