using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class SensorHealthTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static WorkoutPlan OneRep() => new("one rep",
    [
        WorkoutStep.Timed(Phase.Warmup, S(10)),
        WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(250)),
        WorkoutStep.Timed(Phase.Rest, S(60), 1, 1),
    ]);

    [Fact]
    public void APodSilentForMoreThanThreeSecondsIsLostAndItsNextNotificationRestoresIt()
    {
        var runner = Runner.Steady(4);
        var notes = runner.Pod(0, 40).Concat(runner.Pod(52, 200));
        var run = new Session(OneRep()).With(notes).Run(200);

        Assert.Equal(
            [new SensorLost(S(43), "pod"), new SensorRestored(S(52), "pod")],
            run.Events.Where(e => e is SensorLost or SensorRestored));
    }

    // The scripted pod reports the exact distance at each sample, not as of the last footfall:
    // without lag compensation distances compare exactly.
    private static readonly CoachingOptions IdealPod = new() { PodLagCompensation = false };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DistanceIsExtrapolatedThroughADropoutAndReconciledWithoutLossOrDoubleCounting(bool totalDistance)
    {
        // silent from 40 s to 70 s mid-rep at a steady 4 m/s: the rep still ends at 110 s
        var runner = Runner.Steady(4);
        var notes = runner.Pod(0, 40, totalDistance: totalDistance).Concat(runner.Pod(70, 200, totalDistance: totalDistance));
        var run = new Session(OneRep(), IdealPod).With(notes).Run(200);

        Assert.Equal(new RepCompleted(S(110), 1, 1, 100, 400), run.Of<RepCompleted>().Single());
        var during = run.Snapshots.Last(s => s.At <= S(69));
        Assert.Equal(4 * 59, during.RepDistanceMetres, 6);
        Assert.Equal(4 * run.Snapshots.Last().At.TotalSeconds, run.Snapshots.Last().TotalDistanceMetres, 6);
    }

    [Fact]
    public void TheRepEndsOnTheExtrapolationWhenThePodIsStillLostAtTheLine()
    {
        var runner = Runner.Steady(4);
        var notes = runner.Pod(0, 90).Concat(runner.Pod(130, 200));
        var run = new Session(OneRep(), IdealPod).With(notes).Run(200);

        Assert.Equal(new RepCompleted(S(110), 1, 1, 100, 400), run.Of<RepCompleted>().Single());
        Assert.Equal(4 * run.Snapshots.Last().At.TotalSeconds, run.Snapshots.Last().TotalDistanceMetres, 6);
    }

    [Fact]
    public void TheSensorTimeoutIsConfigurable()
    {
        var notes = Runner.Steady(4).Pod(0, 40).Concat(Runner.Steady(4).Pod(52, 200));
        var run = new Session(OneRep(), new CoachingOptions { SensorTimeout = S(8) }).With(notes).Run(200);

        Assert.Equal(S(48), run.Of<SensorLost>().Single().At);
    }

    [Fact]
    public void AHeartRateStrapIsWatchedOnItsOwn()
    {
        var notes = Runner.Steady(4).Pod(0, 200).Concat(Runner.HeartRate(0, 30, _ => 150)).Concat(Runner.HeartRate(40, 200, _ => 150));
        var run = new Session(OneRep()).With(notes).Run(200);

        Assert.Equal([new SensorLost(S(33), "hr"), new SensorRestored(S(40), "hr")], run.Events.Where(e => e is SensorLost or SensorRestored));
    }
}
