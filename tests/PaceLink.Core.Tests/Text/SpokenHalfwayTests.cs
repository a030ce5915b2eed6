using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Text;

public class SpokenHalfwayTests
{
    // 400 m at 4:00/km: a 96 s split, 48 s at halfway.
    private static readonly WorkoutStep Rep = WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(240));

    [Theory]
    [InlineData(47.3, "two hundred, forty-seven point three, zero point seven seconds fast")]
    [InlineData(49.26, "two hundred, forty-nine point three, one point three seconds slow")]
    [InlineData(48.04, "two hundred, forty-eight point zero, on target")]
    [InlineData(47, "two hundred, forty-seven point zero, one second fast")]
    public void TheHalfwaySaysTheDistanceTheSplitAndHowItStandsAgainstHalfTheTarget(double split, string expected) =>
        Assert.Equal(expected, SpokenCues.Halfway(split, 200, Rep));

    [Fact]
    public void AHalfOverAMinuteIsSaidInMinutes()
    {
        var thousand = WorkoutStep.Distance(Phase.Rep, 1000, 1, 1, Pace.FromSecondsPerKm(240));
        Assert.Equal("five hundred, one minute fifty-nine point eight, zero point two seconds fast", SpokenCues.Halfway(119.8, 500, thousand));
        Assert.Equal("five hundred, two minutes flat, on target", SpokenCues.Halfway(120, 500, thousand));
    }

    [Fact]
    public void WithoutATargetOnlyTheSplitIsSaid() =>
        Assert.Equal("two hundred, forty-seven point three", SpokenCues.Halfway(47.3, 200, WorkoutStep.Distance(Phase.Rep, 400, 1, 1)));
}
