using System.Reactive.Concurrency;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;
using PaceLink.Simulation;
using PaceLink.Simulation.Runner;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Cli.Tests.Support;

/// <summary>A trace recorded from a simulated live session, with the simulator's truth beside it.</summary>
public sealed record SimulatedTrace(string Path, RunnerTruth Truth, SessionSummary Summary);

/// <summary>
/// Records simulated sessions exactly as <c>pacelink run --simulate</c> does (live session, real
/// engine, recorder) on virtual time, so CLI tests read real traces and know the truth.
/// </summary>
public static class SimulatedTraces
{
    public const double LapMetres = 400;

    private static readonly DateTimeOffset Start = new(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);

    /// <summary>The 10k intervals at 4:00/km with a 1 min warm-up, set rest and cool-down.</summary>
    public static WorkoutSettings ShortTenK { get; } = new()
    {
        Workout = "10k",
        TargetPace = Pace.FromSecondsPerKm(240),
        Warmup = TimeSpan.FromMinutes(1),
        SetRest = TimeSpan.FromMinutes(1),
        Cooldown = TimeSpan.FromMinutes(1),
    };

    /// <summary>
    /// A track calibration session: reps planned longer than a lap so the pod never ends them; the
    /// runner presses lap on crossing the line after 400 m, then rests a minute.
    /// </summary>
    public static WorkoutSettings TrackCalibration { get; } = new()
    {
        Workout = """
            name: track calibration
            target_pace: "4:00"
            steps:
              - phase: warmup
                time: 1m
              - repeat: 6
                steps:
                  - phase: rep
                    distance: 800m
                  - phase: rest
                    time: 1m
              - phase: cooldown
                time: 1m
            """,
        WorkoutName = "track-calibration.yaml",
    };

    public static SimulatedTrace TenK(string folder, double podError = 0, int seed = 21) =>
        Record(Path.Combine(folder, $"tenk-{seed}.jsonl"), ShortTenK, podError, seed, lapAtTheLine: false);

    /// <summary>
    /// A preset ("10k", "half") at 4:00/km with its own rests and set rests, warm-up and cool-down cut
    /// to two minutes: the cue script's golden traces.
    /// </summary>
    public static SimulatedTrace Preset(string folder, string preset, int seed = 11) =>
        Record(Path.Combine(folder, $"{preset}-{seed}.jsonl"), new WorkoutSettings
        {
            Workout = preset,
            TargetPace = Pace.FromSecondsPerKm(240),
            Warmup = TimeSpan.FromMinutes(2),
            Cooldown = TimeSpan.FromMinutes(2),
        }, 0, seed, lapAtTheLine: false);

    /// <summary>The short 10k stopped by the runner at <paramref name="stopAt"/> into the session.</summary>
    public static SimulatedTrace StoppedTenK(string folder, TimeSpan stopAt, int seed = 21) =>
        Record(Path.Combine(folder, $"stopped-{seed}.jsonl"), ShortTenK, 0, seed, lapAtTheLine: false, stopAt);

    public static SimulatedTrace Track(string folder, double podError, int seed = 5) =>
        Record(Path.Combine(folder, $"track-{seed}.jsonl"), TrackCalibration, podError, seed, lapAtTheLine: true);

    private static SimulatedTrace Record(string path, WorkoutSettings settings, double podError, int seed, bool lapAtTheLine, TimeSpan? stopAt = null)
    {
        var clock = new SessionClock(Start);
        var run = new SimulatedRun(new SimulationOptions { Seed = seed, FootPod = new FootPodOptions { CalibrationError = podError } }, clock);
        var source = new SimulatedSensorSource(run);
        using var session = new LiveSession(new LiveSessionSetup { Settings = settings, TracePath = path, Sinks = [source] }, source, clock);
        session.Start();
        if (stopAt is { } stop) clock.Schedule(stop, session.Stop);
        if (lapAtTheLine) PressLapAtTheLine(clock, run, session, new HashSet<TrueRep>(ReferenceEqualityComparer.Instance));
        for (var t = TimeSpan.Zero; t < TimeSpan.FromHours(2) && !session.IsEnded; t += TimeSpan.FromSeconds(10))
            clock.AdvanceTo(t + TimeSpan.FromSeconds(10));
        Assert.True(session.IsEnded, "the simulated session did not end");
        return new SimulatedTrace(path, run.Truth, session.Completion.Result);
    }

    /// <summary>Looks every 20 ms whether the runner has truly run a lap since the "go", and presses lap once when so.</summary>
    private static void PressLapAtTheLine(SessionClock clock, SimulatedRun run, LiveSession session, HashSet<TrueRep> lapped)
    {
        clock.Schedule(TimeSpan.FromMilliseconds(20), () =>
        {
            if (session.IsEnded) return;
            var now = run.Runner.StateAt(clock.Elapsed);
            if (run.Truth.Reps.Count > 0 && run.Truth.Reps[^1] is { } rep && now.DistanceMetres - rep.DistanceAtGo >= LapMetres && lapped.Add(rep))
                session.Send(CoachCommand.Lap);
            PressLapAtTheLine(clock, run, session, lapped);
        });
    }
}
