using Microsoft.Extensions.Logging;
using PaceLink.Service.Hosting;
using PaceLink.Simulation;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Starts real sessions for the service: a <see cref="LiveSession"/> on its own
/// <see cref="SessionClock"/>, moved by a <see cref="WallClockPacer"/> at the requested speed,
/// recording to a new trace in the data folder.
/// </summary>
public sealed class LiveSessionStarter(PaceLinkOptions options, TimeProvider time, ILoggerFactory logs) : ISessionStarter
{
    public Task<IRunningSession> StartAsync(SessionRequest request, IReadOnlyList<ICoachingSink> sinks, CancellationToken cancellationToken)
    {
        if (!request.Simulate)
            throw new SessionRequestException("this build has no Bluetooth transport for the paired sensors; start with \"simulate\": true");
        var folder = options.ResolvedDataFolder;
        Directory.CreateDirectory(folder);
        var started = time.GetUtcNow();
        var clock = new SessionClock(started);
        var seed = request.Seed ?? Random.Shared.Next(1, int.MaxValue);
        var source = new SimulatedSensorSource(new SimulatedRun(new SimulationOptions { Seed = seed }, clock));
        var setup = new LiveSessionSetup
        {
            Settings = request.Settings,
            TracePath = TracePath(folder, started),
            Sinks = [source, .. sinks],
        };
        LiveSession live;
        try
        {
            live = new LiveSession(setup, source, clock, logs.CreateLogger<LiveSession>());
        }
        catch (FormatException e)
        {
            throw new SessionRequestException(e.Message);
        }
        IRunningSession running = new RunningLiveSession(live, clock, new WallClockPacer(request.Speed, time), setup.TracePath, time);
        return Task.FromResult(running);
    }

    /// <summary>A new file name per session: 2026-11-25_18-30-05.trace.jsonl (a suffix if two start within a second).</summary>
    public static string TracePath(string folder, DateTimeOffset started)
    {
        var stem = started.UtcDateTime.ToString("yyyy-MM-dd_HH-mm-ss", System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, stem + ".trace.jsonl");
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(folder, $"{stem}-{n}.trace.jsonl");
        return path;
    }
}
