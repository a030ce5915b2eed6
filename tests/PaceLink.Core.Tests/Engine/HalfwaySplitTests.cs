using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class HalfwaySplitTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static readonly CoachingOptions Halfway = new() { HalfwaySplit = true };

    /// <summary>A 10 s warm-up, two 400 m reps with a 60 s rest between, then a 60 s rest.</summary>
    private static WorkoutPlan TwoReps() => new("two reps",
    [
        WorkoutStep.Timed(Phase.Warmup, S(10)),
        WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(250)),
        WorkoutStep.Timed(Phase.Rest, S(60), 1, 1),
        WorkoutStep.Distance(Phase.Rep, 400, 1, 2, Pace.FromSecondsPerKm(250)),
        WorkoutStep.Timed(Phase.Rest, S(60), 1, 2),
    ]);

    [Fact]
    public void NoHalfwayEventIsEmittedUnlessAskedFor()
    {
        var run = new Session(TwoReps()).With(Runner.Steady(4).Pod(0, 400, totalDistance: false)).Run(400);

        Assert.Empty(run.Of<HalfwaySplit>());
        Assert.Equal(2, run.Of<RepCompleted>().Count());
    }

    [Fact]
    public void EachRepGetsOneHalfwaySplitFromTheSameDistanceAsItsEnd()
    {
        var run = new Session(TwoReps(), Halfway).With(Runner.Steady(4).Pod(0, 400, totalDistance: false)).Run(400);

        // 4 m/s from the go at 10 s: 200 m at 60 s; the second rep goes at 170 s.
        Assert.Equal([new HalfwaySplit(S(60), 1, 1, 50, 200), new HalfwaySplit(S(220), 1, 2, 50, 200)], run.Of<HalfwaySplit>());
        var first = run.Events.IndexOf(run.Of<HalfwaySplit>().First());
        Assert.True(first < run.Events.IndexOf(run.Of<RepCompleted>().First()));
    }

    [Fact]
    public void TheHalfwayCueFiresAtThePredictedCrossingBetweenOneHertzSamples()
    {
        // 3.7 m/s: 200 m takes 54.054 s, between two samples of a 1 Hz pod.
        var run = new Session(TwoReps(), Halfway).With(Runner.Steady(3.7).Pod(0, 400, 1)).Run(400);

        var half = run.Of<HalfwaySplit>().First();
        Assert.InRange(half.At.TotalSeconds, 10 + 200 / 3.7 - 0.1, 10 + 200 / 3.7 + 0.1);
        Assert.NotEqual(Math.Round(half.At.TotalSeconds), half.At.TotalSeconds);
        Assert.Equal(200 / 3.7, half.SplitSeconds, 1);
        Assert.Equal(200, half.DistanceMetres);
    }

    [Fact]
    public void ARepEndedByALapBeforeHalfwayHasNoHalfwaySplit()
    {
        var run = new Session(TwoReps(), Halfway).With(Runner.Steady(4).Pod(0, 400)).Command(40, CoachCommand.Lap).Run(400);

        Assert.Equal([(1, 2)], run.Of<HalfwaySplit>().Select(h => (h.Set, h.Rep)));
    }

    [Fact]
    public void APauseBeforeHalfwayMovesTheHalfwayByThePause()
    {
        var run = new Session(TwoReps(), Halfway).With(Runner.Steady(4).Pod(0, 400, totalDistance: false))
            .Command(30, CoachCommand.Pause).Command(40, CoachCommand.Resume).Run(400);

        var half = run.Of<HalfwaySplit>().First();
        Assert.Equal(S(70), half.At);
        Assert.Equal(50, half.SplitSeconds, 6);
    }
}
