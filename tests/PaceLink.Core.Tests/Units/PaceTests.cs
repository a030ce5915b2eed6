using PaceLink.Core.Units;

namespace PaceLink.Core.Tests.Units;

public class PaceTests
{
    [Theory]
    [InlineData("4:00", 240)]
    [InlineData("4:00/km", 240)]
    [InlineData(" 3:45 / KM ", 225)]
    [InlineData("4:00/k", 240)]
    [InlineData("5:30.5", 330.5)]
    public void ParsesMinutesAndSecondsPerKilometre(string text, double secondsPerKm)
    {
        Assert.True(Pace.TryParse(text, out var pace, out var error), error);
        Assert.Equal(secondsPerKm, pace.SecondsPerKm, 9);
    }

    [Fact]
    public void ParsesPacePerMileAndConvertsItToPerKilometre()
    {
        Assert.True(Pace.TryParse("6:26/mi", out var pace, out _));
        Assert.Equal(386 * 1000 / 1609.344, pace.SecondsPerKm, 9);
        Assert.Equal("4:00", pace.ToString()); // 6:26/mi is 3:59.85/km
        Assert.Equal("6:26/mi", pace.ToString(perMile: true));
    }

    [Theory]
    [InlineData("", "pace is empty")]
    [InlineData("fast", "is not a pace")]
    [InlineData("4", "is not a pace")]
    [InlineData("4:60", "is not a pace")]
    [InlineData("4:00/lap", "unknown pace unit 'lap'")]
    [InlineData("0:30", "outside 1:00-60:00 per km")]
    [InlineData("75:00/mi", "outside 1:00-60:00 per mile")]
    public void InvalidTextGetsAClearMessage(string text, string fragment)
    {
        Assert.False(Pace.TryParse(text, out _, out var error));
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void ParseThrowsTheSameMessage()
    {
        var ex = Assert.Throws<FormatException>(() => Pace.Parse("4:00/lap"));
        Assert.Contains("use /km or /mi", ex.Message);
    }

    [Fact]
    public void ConvertsToAndFromSpeed()
    {
        var pace = Pace.FromSpeed(Speed.FromMetresPerSecond(5));
        Assert.Equal(200, pace.SecondsPerKm, 9);
        Assert.Equal(5, pace.Speed.MetresPerSecond, 9);
        Assert.Equal(80, pace.SecondsFor(400), 9); // a 400 m rep at 3:20/km takes 80 s
    }

    [Fact]
    public void StandingStillHasNoFinitePace()
    {
        var pace = Pace.FromSpeed(Speed.FromMetresPerSecond(0));
        Assert.False(pace.IsFinite);
        Assert.Equal("--:--", pace.ToString());
        Assert.Equal(0, pace.Speed.MetresPerSecond);
    }

    [Fact]
    public void FormatsRoundedToTheSecond()
    {
        Assert.Equal("4:05/km", Pace.FromSecondsPerKm(244.6).ToString(perMile: false));
        Assert.Equal("5:00", Pace.FromSecondsPerKm(299.5).ToString());
    }

    [Fact]
    public void FasterPacesCompareAsSmaller()
    {
        Assert.True(Pace.Parse("3:30").CompareTo(Pace.Parse("4:00")) < 0);
    }
}
