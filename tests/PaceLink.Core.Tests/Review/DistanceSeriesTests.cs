using PaceLink.Core.Review;

namespace PaceLink.Core.Tests.Review;

public class DistanceSeriesTests
{
    private static PodSample At(double t, double speed, double? total) => new(TimeSpan.FromSeconds(t), speed, 180, null, total);

    [Fact]
    public void TotalDistanceDeltasAreSummedAndScaledByTheCalibration()
    {
        var series = DistanceSeries.From([At(0, 4, 1000), At(1, 4, 1004), At(2, 4, 1008.5)], calibration: 0.5);

        Assert.Equal(4.25, series.Total, 6);
        Assert.Equal(2.0, series.At(TimeSpan.FromSeconds(1)), 6);
        Assert.Equal(1.0, series.At(TimeSpan.FromSeconds(0.5)), 6);
    }

    [Fact]
    public void ACounterWrapAddsTheShortDistanceAcrossTheTop()
    {
        const double top = 4294967296 / 10.0;
        var series = DistanceSeries.From([At(0, 4, top - 2), At(1, 4, 2)]);

        Assert.Equal(4, series.Total, 6);
    }

    [Fact]
    public void APodRestartFallsBackToSpeedInsteadOfGoingBackwards()
    {
        var series = DistanceSeries.From([At(0, 4, 800), At(1, 4, 3)]);

        Assert.Equal(4, series.Total, 6);
    }

    [Fact]
    public void WithoutTotalDistanceSpeedIsIntegrated()
    {
        var series = DistanceSeries.From([At(0, 2, null), At(1, 4, null), At(3, 4, null)]);

        Assert.Equal(3 + 8, series.Total, 6);
        Assert.Equal(TimeSpan.FromSeconds(2), series.TimeAt(7));
        Assert.Null(series.TimeAt(12));
    }
}
