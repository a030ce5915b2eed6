using PaceLink.Core.Units;

namespace PaceLink.Core.Tests.Units;

public class DurationTextTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("3m", 180)]
    [InlineData("3m30s", 210)]
    [InlineData("1h", 3600)]
    [InlineData("1h30m", 5400)]
    [InlineData("1.5m", 90)]
    [InlineData("40:00", 2400)]
    [InlineData("1:30:00", 5400)]
    [InlineData(" 45S ", 45)]
    public void ParsesTheWaysCoachesWriteDurations(string text, double seconds)
    {
        Assert.True(DurationText.TryParse(text, out var d, out var error), error);
        Assert.Equal(TimeSpan.FromSeconds(seconds), d);
    }

    [Theory]
    [InlineData("", "duration is empty")]
    [InlineData("90", "is not a duration")]     // a number without a unit is ambiguous
    [InlineData("3x", "is not a duration")]
    [InlineData("30s3m", "is not a duration")]  // units must go from hours down to seconds
    [InlineData("3m3m", "is not a duration")]
    [InlineData("1:60", "is not a duration")]
    [InlineData("1:2:3:4", "is not a duration")]
    [InlineData(":30", "is not a duration")]
    public void RejectsTextThatIsNotADuration(string text, string fragment)
    {
        Assert.False(DurationText.TryParse(text, out _, out var error));
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void ParseThrowsWithTheSameMessage()
    {
        var ex = Assert.Throws<FormatException>(() => DurationText.Parse("soon"));
        Assert.Contains("'soon' is not a duration", ex.Message);
    }

    [Theory]
    [InlineData(45, "45s")]
    [InlineData(60, "1:00")]
    [InlineData(210, "3:30")]
    [InlineData(3723, "1:02:03")]
    public void FormatsForPeople(double seconds, string expected) =>
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
}
