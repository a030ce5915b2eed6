using System.Diagnostics;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;
using PaceLink.Simulation;
using PaceLink.Simulation.Runner;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Harness;

/// <summary>
/// A live session wired the way the service wires one (LiveSession on a SessionClock moved by a
/// WallClockPacer at real time, recording a trace), with a sink that timestamps what comes out.
/// </summary>
internal sealed class LiveRig : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pacing;

    /// <summary>Builds the source on the rig's clock; a source that is also a sink (the simulated runner) hears the cues first.</summary>
    public LiveRig(Func<SessionClock, INotificationSource> makeSource, WorkoutSettings settings, IReadOnlyList<ICoachingSink> sinks)
    {
        Folder = Directory.CreateTempSubdirectory("pacelink-harness-").FullName;
        Clock = new SessionClock(TimeProvider.System.GetUtcNow());
        var source = makeSource(Clock);
        Session = new LiveSession(new LiveSessionSetup
        {
            Settings = settings,
            TracePath = Path.Combine(Folder, "live.trace.jsonl"),
            Sinks = source is ICoachingSink hears ? [hears, .. sinks] : sinks,
        }, source, Clock);
        Clock.Post(Session.Start);
        var wall = new FirstReading();
        _pacing = Task.Run(() => new WallClockPacer(1, wall).RunAsync(Clock, () => Session.IsEnded, _stop.Token));
        while (wall.First is null) Thread.Yield();
        StartedAt = wall.First.Value;
    }

    public string Folder { get; }
    public SessionClock Clock { get; }
    public LiveSession Session { get; }

    /// <summary>Stopwatch timestamp the pacer took as session time zero: cues are due at this plus their session time.</summary>
    public long StartedAt { get; }

    /// <summary>How late (ms) something due at session time <paramref name="at"/> happens now.</summary>
    public double LateMs(TimeSpan at) => (Stopwatch.GetElapsedTime(StartedAt) - at).TotalMilliseconds;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pacing;
        Session.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>The simulated runner with foot pod and strap sending at <paramref name="hz"/>, on <paramref name="clock"/>.</summary>
    public static SimulatedSensorSource Simulated(SessionClock clock, double hz, int seed = 11) =>
        new(new SimulatedRun(new SimulationOptions
        {
            Seed = seed,
            Runner = new SimulatedRunnerProfile { RepPace = Core.Units.Pace.FromSecondsPerKm(240) },
            FootPod = new FootPodOptions { Hz = hz },
            HeartStrap = new HeartStrapOptions { Hz = hz },
        }, clock));

    /// <summary>The workout used by the live measurements: short warm-up, so rests and countdowns come early.</summary>
    public static WorkoutSettings ShortWarmup(string workout = "10k") => new()
    {
        Workout = workout,
        TargetPace = Core.Units.Pace.FromSecondsPerKm(240),
        Warmup = TimeSpan.FromMinutes(1),
        SetRest = TimeSpan.FromSeconds(90),
    };
}

/// <summary>The system clock, remembering its first timestamp reading (the pacer's time zero).</summary>
internal sealed class FirstReading : TimeProvider
{
    private long _first;

    public long? First => Volatile.Read(ref _first) is var f and not 0 ? f : null;

    public override long GetTimestamp()
    {
        var now = base.GetTimestamp();
        Interlocked.CompareExchange(ref _first, now, 0);
        return now;
    }
}

/// <summary>Percentiles of a list of samples.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Describe(List<double> samples, string unit)
    {
        samples.Sort();
        return samples.Count == 0 ? "no samples" : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"n={samples.Count} p50={Of(samples, 0.5):0.000} p90={Of(samples, 0.9):0.000} p99={Of(samples, 0.99):0.000} max={samples[^1]:0.000} {unit}");
    }
}
