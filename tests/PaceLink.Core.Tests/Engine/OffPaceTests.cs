using PaceLink.Core.Coaching;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class OffPaceTests
{
    // Target 4:10/km: 100 s for the 400 m rep, which starts at 10 s.
    private const double RepStart = 10;

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static WorkoutPlan OneRep() => new("one rep",
    [
        WorkoutStep.Timed(Phase.Warmup, S(RepStart)),
        WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(250)),
        WorkoutStep.Timed(Phase.Rest, S(60), 1, 1),
    ]);

    private static Session Run(Runner runner) => new Session(OneRep()).With(runner.Pod(0, 300)).Run(300);

    private static IEnumerable<CoachingEvent> PaceEvents(Session run) => run.Events.Where(e => e is OffPace or BackOnPace);

    [Theory]
    [InlineData(1.02)]
    [InlineData(1 / 1.02)]
    [InlineData(1.0)]
    public void ARunnerWithinTwoPercentOfTargetGetsNoAlert(double timeFactor)
    {
        var run = Run(Runner.Steady(4 / timeFactor));

        Assert.Empty(PaceEvents(run));
    }

    [Fact]
    public void ARunnerEightPercentSlowIsToldWithin25SecondsOfTheRepStart()
    {
        var run = Run(Runner.Steady(4 / 1.08));

        var alert = Assert.IsType<OffPace>(Assert.Single(PaceEvents(run)));
        Assert.Equal(PaceDirection.Slow, alert.Direction);
        Assert.InRange(alert.At.TotalSeconds, RepStart + 10, RepStart + 25);
        Assert.Equal(108, alert.ProjectedSplitSeconds, 1);
    }

    [Fact]
    public void ARunnerEightPercentFastIsToldTheyAreFast()
    {
        var run = Run(Runner.Steady(4 * 1.08));

        var alert = Assert.IsType<OffPace>(Assert.Single(PaceEvents(run)));
        Assert.Equal(PaceDirection.Fast, alert.Direction);
        Assert.InRange(alert.At.TotalSeconds, RepStart + 10, RepStart + 25);
    }

    [Fact]
    public void NoAlertInTheGracePeriodAndTheAlertWaitsForTheDwell()
    {
        var run = Run(Runner.Steady(4 / 1.08));

        // grace 10 s, then the projection must stay off for the 8 s dwell: the first possible sample is 18 s in
        Assert.Equal(S(RepStart + 18), PaceEvents(run).Single().At);
    }

    [Fact]
    public void ARunnerWhoPicksUpThePaceIsToldBackOnPaceAfterTheHysteresis()
    {
        // 3.6 m/s (10 % slow) for the first 40 s of the rep, then 4.4 m/s: the projection comes back to 98.2 s
        var run = Run(new Runner().At(0, 3.6).At(RepStart + 40, 4.4));

        var events = PaceEvents(run).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(PaceDirection.Slow, Assert.IsType<OffPace>(events[0]).Direction);
        var back = Assert.IsType<BackOnPace>(events[1]);
        Assert.InRange(back.At.TotalSeconds, RepStart + 40, RepStart + 60);
    }

    [Fact]
    public void ABorderlineRunnerBetweenToleranceAndHysteresisIsNotToldBackOnPace()
    {
        // 10 % slow then 2.5 % slow: inside ±3 % but not inside ±2 %, so the alert stands
        var run = Run(new Runner().At(0, 3.6).At(RepStart + 30, 4 / 1.025 * 0.985));

        Assert.IsType<OffPace>(Assert.Single(PaceEvents(run)));
    }

    [Fact]
    public void AShortSlowPatchInARepThatEndsOnPaceIsNotAlerted()
    {
        // 3.7 m/s for 10 s from 20 s into the rep, 4 m/s otherwise: the rep ends in 100.75 s (+0.75 %).
        // The recent speed alone projects 106.5 s; the rep's pace so far keeps the judge calm.
        var run = Run(new Runner().At(0, 4).At(RepStart + 20, 3.7).At(RepStart + 30, 4));

        Assert.Empty(PaceEvents(run));
        Assert.Equal(100.75, run.Of<RepCompleted>().Single().SplitSeconds, 3);
    }

    [Fact]
    public void ARunnerJustOutsideTheToleranceIsToldOnceTheProjectionFirmsUp()
    {
        // 3.5 % slow all the way: the early margin (1 % at the start, none at the end) holds the alert
        // until half the rep is run, so a runner who might still make it is not nagged at the start.
        var run = Run(Runner.Steady(4 / 1.035));

        var alert = Assert.IsType<OffPace>(Assert.Single(PaceEvents(run)));
        Assert.InRange(alert.At.TotalSeconds, RepStart + 50, RepStart + 70);
    }
}
