using PaceLink.Core.Engine;
using PaceLink.Core.Estimation;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Engine;

public class CrossingPredictorTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    // No lag compensation: the extrapolation starts at the sample itself, so times compare exactly.
    private static FootPodDistance Pod(params (double At, double Speed)[] samples)
    {
        var pod = new FootPodDistance(1.0, S(3), lagCompensation: false);
        foreach (var (at, speed) in samples) pod.Add(S(at), new RscMeasurement(speed, 180, null, null, true));
        return pod;
    }

    [Fact]
    public void TheLineIsPredictedFromTheDistanceLeftAtTheLatestSpeed()
    {
        var crossing = new CrossingPredictor(Pod((50, 4)));
        crossing.Reset(S(0), halfwayDue: false);

        Assert.Equal((S(75), 0.0), crossing.Predict(S(50), 300, 400));
    }

    [Fact]
    public void WithTheHalfwayDueTheHalfwayMarkIsPredictedFirstAndThenTheLine()
    {
        var crossing = new CrossingPredictor(Pod((10, 4)));
        crossing.Reset(S(0), halfwayDue: true);

        Assert.Equal((S(35), 200.0), crossing.Predict(S(10), 100, 400));
        crossing.PassedHalfway();
        Assert.False(crossing.HalfwayDue);
        Assert.Equal((S(85), 0.0), crossing.Predict(S(10), 100, 400));
    }

    [Fact]
    public void PastHalfwayTheLineIsPredictedEvenIfTheMarkWasNotToldYet()
    {
        var crossing = new CrossingPredictor(Pod((60, 4)));
        crossing.Reset(S(0), halfwayDue: true);

        Assert.Equal((S(110), 0.0), crossing.Predict(S(60), 200, 400));
    }

    [Fact]
    public void APredictionIsInWholeMicroseconds()
    {
        var crossing = new CrossingPredictor(Pod((0, 3)));
        crossing.Reset(S(0), halfwayDue: false);

        // 1 m at 3 m/s is 333,333.3 µs: 3,333,330 ticks, not 3,333,333.
        Assert.Equal(TimeSpan.FromTicks(3_333_330), crossing.Predict(S(0), 399, 400)!.Value.Due);
    }

    [Fact]
    public void NothingIsPredictedBeforeTheFirstSampleOrForAStandingRunner()
    {
        var none = new CrossingPredictor(Pod());
        var standing = new CrossingPredictor(Pod((5, 0.2)));

        Assert.Null(none.Predict(S(5), 0, 400));
        Assert.Null(standing.Predict(S(5), 0, 400));
    }

    [Fact]
    public void ASamplePastTheLineCrossedItBetweenTheLastCheckAndThisSample()
    {
        var crossing = new CrossingPredictor(Pod());
        crossing.Reset(S(0), halfwayDue: false);
        crossing.Checked(S(96), 396);

        // 4 of the 6 m since the check were to the line: two thirds of the second.
        Assert.Equal(S(96) + TimeSpan.FromTicks(6_666_667), crossing.Interpolate(S(97), 402, 400));
    }

    [Fact]
    public void WithNoProgressSinceTheLastCheckTheCrossingIsTheSampleItself()
    {
        var crossing = new CrossingPredictor(Pod());
        crossing.Reset(S(0), halfwayDue: false);
        crossing.Checked(S(96), 402);

        Assert.Equal(S(97), crossing.Interpolate(S(97), 402, 400));
    }

    [Fact]
    public void TheProjectedSplitIsTheTimeSoFarPlusTheRestAtTheMeanSpeedOfTheWindowSinceSettled()
    {
        // 5 m/s before the rep settled (at 4 s) is left out; 4 m/s after it counts.
        var crossing = new CrossingPredictor(Pod((2, 5), (4, 5), (6, 4), (8, 4)));

        Assert.Equal(8 + 360 / 4.0, crossing.ProjectedSplit(S(8), 40, 400, elapsed: S(8), settled: S(4), window: S(6)));
    }

    [Fact]
    public void AStandingRunnerIsProjectedAtTheStandingFloorNotForever()
    {
        var crossing = new CrossingPredictor(Pod((10, 0)));

        Assert.Equal(10 + 300 / 0.3, crossing.ProjectedSplit(S(10), 100, 400, elapsed: S(10), settled: S(0), window: S(6))!.Value, 6);
        Assert.Null(new CrossingPredictor(Pod()).ProjectedSplit(S(10), 100, 400, S(10), S(0), S(6)));
    }
}
