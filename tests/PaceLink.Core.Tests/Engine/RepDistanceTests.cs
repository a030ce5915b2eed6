using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class RepDistanceTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    /// <summary>One rep of 400 m after a 10 s warm-up, then a 60 s rest (single set: no more reps).</summary>
    private static WorkoutPlan OneRep(double target = 250) => new("one rep",
    [
        WorkoutStep.Timed(Phase.Warmup, S(10)),
        WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(target)),
        WorkoutStep.Timed(Phase.Rest, S(60), 1, 1),
    ]);

    private static RepCompleted Rep(Session run) => run.Of<RepCompleted>().Single();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RepCompleteCueFiresAtThePredictedCrossingBetweenOneHertzSamples(bool totalDistance)
    {
        // 3.7 m/s is 29.6 m/s * 1/8: exact in the pod's 1/256 m/s field; 400 m takes 108.108 s.
        var run = new Session(OneRep()).With(Runner.Steady(3.7).Pod(0, 200, 1, totalDistance)).Run(200);

        var rep = Rep(run);
        var crossing = 10 + 400 / 3.7;
        Assert.InRange(rep.At.TotalSeconds, crossing - 0.1, crossing + 0.1);
        Assert.Equal(400 / 3.7, rep.SplitSeconds, 1);
        Assert.Equal(new PhaseStarted(rep.At, Phase.Rest, 1, 1), run.Events[run.Events.IndexOf(rep) + 1]);
    }

    [Fact]
    public void RepCompleteIsEmittedAtTheCrossingItselfNotAtTheNextSample()
    {
        var run = new Session(OneRep()).With(Runner.Steady(3.7).Pod(0, 200)).Run(200);

        // the next sample after the crossing is at 119 s; the cue must not wait for it
        Assert.True(Rep(run).At < S(119));
        Assert.NotEqual(Math.Round(Rep(run).At.TotalSeconds), Rep(run).At.TotalSeconds);
    }

    [Fact]
    public void APredictionIsCorrectedWhenTheRunnerSpeedsUpBeforeTheLine()
    {
        // 3 m/s until 100 s, then 5 m/s: the first predictions are too late and must move earlier.
        var runner = new Runner().At(0, 3).At(100, 5);
        var run = new Session(OneRep()).With(runner.Pod(0, 200)).Run(200);

        var crossing = 100 + (400 - 270) / 5.0; // 270 m in the rep at 100 s
        Assert.InRange(Rep(run).At.TotalSeconds, crossing - 0.1, crossing + 0.1);
    }

    [Fact]
    public void SpeedIsIntegratedWhenThePodSendsNoTotalDistance()
    {
        var run = new Session(OneRep()).With(Runner.Steady(4).Pod(0, 200, totalDistance: false)).Run(200);

        Assert.Equal(new RepCompleted(S(110), 1, 1, 100, 400), Rep(run));
    }

    [Fact]
    public void TotalDistanceWrapsAroundPast32BitsWithoutLosingDistance()
    {
        // The counter (1/10 m) starts 100 m below its 32-bit limit and wraps 100 m into the workout.
        var offset = uint.MaxValue / 10.0 - 100;
        var notes = Runner.Steady(4).Pod(0, 200, distanceOffset: offset);
        var run = new Session(OneRep()).With(notes).Run(200);

        Assert.Equal(new RepCompleted(S(110), 1, 1, 100, 400), Rep(run));
    }

    [Fact]
    public void APodRestartIsNotNegativeDistance()
    {
        // At 60 s the pod restarts and counts again from zero.
        var runner = Runner.Steady(4);
        var notes = runner.Pod(0, 59).Concat(runner.Pod(60, 200, distanceOffset: -runner.DistanceAt(60)));
        var run = new Session(OneRep()).With(notes).Run(200);

        Assert.Equal(new RepCompleted(S(110), 1, 1, 100, 400), Rep(run));
        Assert.All(run.Snapshots, s => Assert.True(s.PhaseDistanceMetres >= 0));
    }

    [Fact]
    public void CalibrationScalesTheDistanceThePodReports()
    {
        // The pod reads 25 % long; calibration 0.8 makes 400 m take 125 s at a reported 4 m/s.
        var options = new CoachingOptions { Calibration = 0.8 };
        var run = new Session(OneRep(), options).With(Runner.Steady(4).Pod(0, 300)).Run(300);

        // 0.8 x 4 m/s is not exact in binary: allow a microsecond.
        Assert.Equal(135, Rep(run).At.TotalSeconds, 6);
        Assert.Equal(125, Rep(run).SplitSeconds, 6);
    }

    [Fact]
    public void MalformedPayloadsAreCountedAndSkippedWithoutEndingTheSession()
    {
        var bad = new Pipeline.Notification(S(50.5), "pod", Gatt.GattIds.RscMeasurement, new byte[] { 0x02, 0x00 });
        var run = new Session(OneRep()).With(Runner.Steady(4).Pod(0, 200)).With([bad]).Run(200);

        Assert.Equal(new RepCompleted(S(110), 1, 1, 100, 400), Rep(run));
        Assert.Equal(1, run.Snapshots.Last().Sensors.Single(s => s.Sensor == "pod").Malformed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadingsTakenAtTheLastFootfallDoNotMakeTheCueLate(bool compensate)
    {
        // A pod that counts per footfall (180 steps/min) reports each reading half a step late on
        // average: here every reading is exactly 1/6 s old. The runner stands until the go at 10 s
        // (a lag that is the same at both ends of a rep would cancel) and crosses at 110 s.
        var runner = new Runner().At(10, 4);
        var lagging = runner.Pod(0, 200).Select(n => n with { At = n.At + TimeSpan.FromSeconds(1 / 6.0) });
        var options = new CoachingOptions { PodLagCompensation = compensate };
        var run = new Session(OneRep(), options).With(lagging).Run(200);

        var error = Rep(run).At.TotalSeconds - 110;
        if (compensate) Assert.InRange(error, -0.001, 0.001);
        else Assert.InRange(error, 0.16, 0.17);
    }
}
