using PaceLink.Core.Text;

namespace PaceLink.Core.Tests.Text;

public class SpokenNumbersTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(7, "seven")]
    [InlineData(13, "thirteen")]
    [InlineData(36, "thirty-six")]
    [InlineData(60, "sixty")]
    [InlineData(400, "four hundred")]
    [InlineData(415, "four hundred fifteen")]
    [InlineData(1600, "one thousand six hundred")]
    public void NumbersAreSpelledTheWayACoachSaysThem(int n, string words) => Assert.Equal(words, SpokenNumbers.Of(n));

    [Theory]
    [InlineData(96, "one thirty-six")]
    [InlineData(65, "one oh five")]
    [InlineData(60, "one minute")]
    [InlineData(120, "two minutes")]
    [InlineData(58, "fifty-eight seconds")]
    [InlineData(95.6, "one thirty-six")]
    public void SplitsAreSaidAsMinutesAndSeconds(double seconds, string words) => Assert.Equal(words, SpokenNumbers.Clock(seconds));

    [Theory]
    [InlineData(60, "sixty")]
    [InlineData(45, "forty-five")]
    [InlineData(210, "three thirty")]
    [InlineData(180, "three minutes")]
    public void ShortRestsAreSecondsAndLongRestsAreMinutes(int seconds, string words) =>
        Assert.Equal(words, SpokenNumbers.Rest(TimeSpan.FromSeconds(seconds)));
}
