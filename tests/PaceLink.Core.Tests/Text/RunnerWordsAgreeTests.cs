using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Text;

/// <summary>The terminal, the speech and replay say the same numbers and names for one event.</summary>
public class RunnerWordsAgreeTests
{
    private static readonly WorkoutPlan Plan = WorkoutPresets.Intervals(2, Pace.FromSecondsPerKm(240), TimeSpan.FromMinutes(15), null, TimeSpan.FromMinutes(10));

    [Fact]
    public void ASplitThatRoundsUpToAWholeMinuteReadsTwoMinutes() =>
        Assert.Equal("2:00.0", Clock.Split(119.97));

    [Fact]
    public void ASplitThatRoundsUpToAMinuteLosesTheSecondsUnit() =>
        Assert.Equal("1:00.0", Clock.Split(59.97));

    [Fact]
    public void SpeechAndTerminalNameTheHeartRateStrapAlike()
    {
        Assert.Equal("heart-rate strap back", SpokenCues.Sensor("hr", lost: false));
        Assert.Equal("The heart-rate strap is back", EventText.Full(new SensorRestored(TimeSpan.Zero, "hr"), Plan));
    }

    [Fact]
    public void TheLiveLineAndReplayRoundTheEventTimeAlike()
    {
        var at = TimeSpan.FromSeconds(995.25);
        var e = new RepCompleted(at, 1, 1, 96, 400);
        Assert.StartsWith("  16:35.3  ", EventText.BriefLine(e));
        Assert.StartsWith("[16:35.3] ", EventText.FullLine(e, Plan));
    }

    [Fact]
    public void ASplitJustUnderTargetReadsPlusZeroNotMinusPlus()
    {
        var line = EventText.Full(new RepCompleted(TimeSpan.FromSeconds(996), 1, 1, 95.96, 400), Plan);
        Assert.Equal("Rep done: 1:36.0 (target 1:36.0, +0.0 s)", line);
    }

    [Theory]
    [InlineData(3.34, "+3.3 s")]
    [InlineData(-1.25, "-1.3 s")]
    [InlineData(-0.04, "+0.0 s")]
    [InlineData(0.0, "+0.0 s")]
    public void SignedDeviationsRoundOnceAndKeepOneSign(double seconds, string text) =>
        Assert.Equal(text, Clock.Signed(seconds));

    [Fact]
    public void PacesReadInTheRunnersUnit()
    {
        var pace = Pace.FromSecondsPerKm(240);
        Assert.Equal("4:00/km", PaceText.Written(pace));
        Assert.Equal("6:26/mi", PaceText.Written(pace, DistanceUnit.Miles));
        Assert.Equal("6:26 per mile", PaceText.Spoken(pace, DistanceUnit.Miles));
        Assert.Equal("6.21 mi", PaceText.Distance(10_000, DistanceUnit.Miles));
    }
}
