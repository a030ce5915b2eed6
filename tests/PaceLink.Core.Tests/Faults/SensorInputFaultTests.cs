using PaceLink.Core.Coaching;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Faults;

/// <summary>
/// Odd sensor input straight into the engine on virtual time: bursts, duplicates, timestamps that
/// run backwards, and a pod that repeats its last reading while the runner stands.
/// </summary>
public class SensorInputFaultTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static WorkoutPlan OneRep() => new("one rep",
    [
        WorkoutStep.Timed(Phase.Warmup, S(10)),
        WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(250)),
        WorkoutStep.Timed(Phase.Rest, S(60), 1, 1),
    ]);

    private static RepCompleted Baseline() =>
        new Session(OneRep()).With(Runner.Steady(4).Pod(0, 200)).Run(200).Of<RepCompleted>().Single();

    [Fact]
    public void EveryNotificationTwiceGivesTheSameSplit()
    {
        var pod = Runner.Steady(4).Pod(0, 200).ToList();

        var run = new Session(OneRep()).With(pod.Concat(pod)).Run(200);

        Assert.Equal(Baseline(), run.Of<RepCompleted>().Single());
        Assert.Empty(run.Events.OfType<SensorLost>());
    }

    [Fact]
    public void ABurstOfHeldBackNotificationsIsNeitherLostNorDoubleCounted()
    {
        // Nothing for 20 s mid-rep, then the 20 held-back readings arrive in one instant, each
        // stamped with the moment it arrived (as the live session stamps them).
        var pod = Runner.Steady(4).Pod(0, 200).ToList();
        var burst = pod.Select(n => n.At > S(50) && n.At <= S(70) ? n with { At = S(70) } : n);

        var run = new Session(OneRep()).With(burst).Run(200);

        var rep = run.Of<RepCompleted>().Single();
        Assert.Equal(400, rep.DistanceMetres, 1);
        Assert.InRange(rep.SplitSeconds, 99, 101);
        Assert.Equal([typeof(SensorLost), typeof(SensorRestored)], run.Events.Where(e => e is SensorLost or SensorRestored).Select(e => e.GetType()));
        var end = run.Snapshots.Last();
        Assert.InRange(end.TotalDistanceMetres, 4 * end.At.TotalSeconds - 1, 4 * end.At.TotalSeconds + 1);
    }

    [Fact]
    public void TimestampsThatRunBackwardsNeverMakeTheDistanceGoBack()
    {
        // Every fifth reading carries a stamp two seconds in the past (a reordering transport).
        var pod = Runner.Steady(4).Pod(0, 200).Select((n, i) => i % 5 == 4 ? n with { At = n.At - S(2) } : n).ToList();

        var run = new Session(OneRep()).With(pod).Run(200);

        var distances = run.Snapshots.Select(s => s.TotalDistanceMetres).ToList();
        Assert.True(distances.Zip(distances.Skip(1)).All(p => p.Second >= p.First - 1e-9), "total distance went backwards");
        var rep = run.Of<RepCompleted>().Single();
        Assert.InRange(rep.SplitSeconds, 98, 102);
    }

    [Fact]
    public void APodRepeatingItsLastReadingWhileTheRunnerStandsAddsNoDistance()
    {
        // The runner stops at 60 s; the pod keeps sending its last reading (4 m/s, the same total).
        var moving = Runner.Steady(4).Pod(0, 60).ToList();
        var last = moving[^1];
        var repeats = Enumerable.Range(61, 60).Select(t => last with { At = S(t) });

        var run = new Session(OneRep()).With(moving.Concat(repeats)).Run(120);

        var atStop = run.Snapshots.Last(s => s.At <= S(61)).TotalDistanceMetres;
        var later = run.Snapshots.Last().TotalDistanceMetres;
        Assert.InRange(later - atStop, 0, 4.5);
        Assert.Empty(run.Of<RepCompleted>());
        Assert.Empty(run.Events.OfType<SensorLost>());
    }

    [Fact]
    public void GarbagePayloadsBetweenGoodOnesAreCountedAndIgnored()
    {
        var pod = Runner.Steady(4).Pod(0, 200).ToList();
        var garbage = Enumerable.Range(0, 150).Select(t => new Notification(S(t + 0.5), "pod", GattIds.RscMeasurement, new byte[] { 0x03, 0x01 }));

        var run = new Session(OneRep()).With(pod.Concat(garbage)).Run(200);

        Assert.Equal(Baseline(), run.Of<RepCompleted>().Single());
        Assert.Equal(150, run.Snapshots.Last().Sensors.Single().Malformed);
    }

    [Fact]
    public void ARepThatStartsDuringADropoutIsMeasuredFromWhereThePodSaysItStarted()
    {
        // The pod goes silent mid rep 1 (5 m/s) and returns 5 s into rep 2; meanwhile the runner
        // finished rep 1 and walked the rest (1 m/s), which the engine could only carry forward
        // at 5 m/s. The total distance the pod sends on its return sets rep 2 right.
        var plan = new WorkoutPlan("two reps",
        [
            WorkoutStep.Timed(Phase.Warmup, S(10)),
            WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(200)),
            WorkoutStep.Timed(Phase.Rest, S(20), 1, 1),
            WorkoutStep.Distance(Phase.Rep, 400, 1, 2, Pace.FromSecondsPerKm(200)),
            WorkoutStep.Timed(Phase.Rest, S(20), 1, 2),
        ]);
        var runner = new Runner().At(0, 3).At(10, 5).At(90, 1).At(110, 5);
        var pod = runner.Pod(0, 60).Concat(runner.Pod(115, 250));

        var run = new Session(plan).With(pod).Run(250);

        var reps = run.Of<RepCompleted>().ToList();
        Assert.Equal(2, reps.Count);
        Assert.InRange(reps[0].SplitSeconds, 79.5, 80.5);
        Assert.InRange(reps[1].SplitSeconds, 79, 82); // truth 80 s; carrying the overshoot forward gave 96 s
    }
}
