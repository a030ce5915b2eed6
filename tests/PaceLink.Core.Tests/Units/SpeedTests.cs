using PaceLink.Core.Units;

namespace PaceLink.Core.Tests.Units;

public class SpeedTests
{
    [Fact]
    public void ConvertsBetweenMetresPerSecondAndKilometresPerHour()
    {
        Assert.Equal(12.0, Speed.FromMetresPerSecond(10.0 / 3).KilometresPerHour, 9);
        Assert.Equal(5.0, Speed.FromKilometresPerHour(18).MetresPerSecond, 9);
    }

    [Fact]
    public void FourMetresPerSecondIsAFourMinuteTenKilometrePace()
    {
        Assert.Equal("4:10", Speed.FromMetresPerSecond(4).Pace.ToString());
    }

    [Fact]
    public void ComparesBySpeed()
    {
        Assert.True(Speed.FromMetresPerSecond(4).CompareTo(Speed.FromMetresPerSecond(3)) > 0);
        Assert.Equal("3.50 m/s", Speed.FromMetresPerSecond(3.5).ToString());
    }
}
