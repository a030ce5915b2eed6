using System.Globalization;
using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Simulation.Runner;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Simulation.Accuracy;

/// <summary>
/// Measures how close the engine's rep-complete cue comes to the moment the runner really
/// covered the rep: seeded simulated sessions (the 10k intervals: 8 reps each) run through the
/// real engine on virtual time, and every cue is compared with the simulator's truth.
/// </summary>
public static class AccuracyHarness
{
    /// <summary>Target paces cycled through by seed (s/km): 3:20 to 5:00, so strides and speeds vary.</summary>
    private static readonly int[] PacesSecondsPerKm = [200, 220, 240, 260, 280, 300];

    /// <summary>Runs <paramref name="sessions"/> seeded sessions (8 reps each) of <paramref name="scenario"/>.</summary>
    public static AccuracyReport Run(AccuracyScenario scenario, int sessions, int firstSeed = 1)
    {
        var reps = new List<RepAccuracy>();
        for (var seed = firstSeed; seed < firstSeed + sessions; seed++) reps.AddRange(RunSession(scenario, seed));
        return new AccuracyReport(scenario, reps);
    }

    /// <summary>One seeded session: the reps it measured.</summary>
    public static IReadOnlyList<RepAccuracy> RunSession(AccuracyScenario scenario, int seed)
    {
        var pace = Pace.FromSecondsPerKm(PacesSecondsPerKm[seed % PacesSecondsPerKm.Length]);
        var plan = WorkoutPresets.Intervals(2, pace, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.Zero);
        var scheduler = new HistoricalScheduler(DateTimeOffset.UnixEpoch);
        var run = new SimulatedRun(new SimulationOptions
        {
            Seed = seed,
            Runner = new SimulatedRunnerProfile { RepPace = pace },
            FootPod = new FootPodOptions { Hz = scenario.PodHz, SendsTotalDistance = scenario.TotalDistance, Link = scenario.Link },
        }, scheduler);
        run.Runner.Follow(plan);
        var announced = new List<RepCompleted>();
        using var session = new CoachingSession(plan, new CoachingOptions(), scheduler);
        using var listening = session.Events.Subscribe(e =>
        {
            if (e is RepCompleted r) announced.Add(r);
            run.Hear(e);
        });
        using var running = session.Start(run.Notifications, Observable.Never<CoachCommand>());
        for (var t = TimeSpan.Zero; !session.IsDone && t < TimeSpan.FromHours(2); t += TimeSpan.FromMinutes(1))
            scheduler.AdvanceTo(DateTimeOffset.UnixEpoch + t);
        // A last cue that came early leaves the runner short of the line: let them walk over it.
        run.Runner.AdvanceTo(scheduler.Now - DateTimeOffset.UnixEpoch + TimeSpan.FromSeconds(20));
        return announced.Select(a => Measure(seed, a, run.Truth)).OfType<RepAccuracy>().ToList();
    }

    private static RepAccuracy? Measure(int seed, RepCompleted announced, RunnerTruth truth)
    {
        var rep = truth.Reps.FirstOrDefault(r => r.Set == announced.Set && r.Rep == announced.Rep);
        if (rep?.CrossingAt is not { } crossing || rep.SplitSeconds is not { } split) return null;
        return new RepAccuracy(seed, announced.Set, announced.Rep, (announced.At - crossing).TotalSeconds, announced.SplitSeconds - split);
    }

    /// <summary>A plain-text table of the reports.</summary>
    public static IEnumerable<string> Format(IEnumerable<AccuracyReport> reports)
    {
        var c = CultureInfo.InvariantCulture;
        yield return "pod                     reps  cue error |median  p95    max   | bias    split error |median  p95    max";
        foreach (var r in reports)
        {
            var cue = r.CueError;
            var split = r.SplitError;
            yield return string.Create(c,
                $"{r.Scenario,-22} {cue.Count,5}              {cue.Median,6:0.000} {cue.P95,6:0.000} {cue.Max,6:0.000} | {cue.Mean,6:+0.000;-0.000}              {split.Median,6:0.000} {split.P95,6:0.000} {split.Max,6:0.000}");
        }
    }
}
