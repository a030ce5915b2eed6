using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Units;
using PaceLink.Core.Text;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Text;

public class SpokenCuesTests
{
    [Fact]
    public void ARepEndingBeforeARestGivesSplitDeviationAndRest()
    {
        var step = WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(240));
        Assert.Equal("one minute thirty-six point two, zero point two seconds slow, rest sixty",
            SpokenCues.RepEnd(96.2, 400, step, new PlannedBreak(Phase.Rest, TimeSpan.FromSeconds(60))));
    }

    [Fact]
    public void TheLastRepOfASetAnnouncesTheSetRest()
    {
        var step = WorkoutStep.Distance(Phase.Rep, 400, 1, 4, Pace.FromSecondsPerKm(240));
        Assert.Equal("one minute thirty-four point zero, two seconds fast, set rest three thirty",
            SpokenCues.RepEnd(94, 400, step, new PlannedBreak(Phase.SetRest, TimeSpan.FromSeconds(210))));
    }

    [Fact]
    public void ARepWithoutTargetOrBreakGivesOnlyTheSplit() =>
        Assert.Equal("forty-five point zero seconds", SpokenCues.RepEnd(45, 200, WorkoutStep.Distance(Phase.Rep, 200, 1, 1), null));

    [Theory]
    [InlineData(0.04, "on target")]
    [InlineData(-1.0, "one second fast")]
    [InlineData(3.34, "three point three seconds slow")]
    [InlineData(-0.96, "one second fast")]
    [InlineData(2.05, "two point one seconds slow")]
    [InlineData(12, "twelve seconds slow")]
    public void DeviationsAreRoundedAsTheScreenWritesThem(double seconds, string expected) =>
        Assert.Equal(expected, SpokenNumbers.Deviation(seconds));

    [Theory]
    [InlineData(240, "four minutes")]
    [InlineData(386.24, "six minutes twenty-six")]
    [InlineData(245.5, "four minutes six")]
    [InlineData(50, "fifty seconds")]
    public void PacesAreSaidInMinutesAndSeconds(double seconds, string expected) => Assert.Equal(expected, SpokenNumbers.Pace(seconds));

    [Fact]
    public void TheEndOfAStoppedSessionDoesNotCallItComplete()
    {
        Assert.Equal("stopped after three reps", SpokenCues.End(3, 96, new SessionStop(Phase.Rep, 1, 4, TimeSpan.FromMinutes(12))));
        Assert.Equal("workout complete, eight reps, average one minute thirty-five point six", SpokenCues.End(8, 95.6, null));
    }

    [Fact]
    public void TenSecondsLeftIsSaidInFull() => Assert.Equal("ten seconds", SpokenCues.Countdown(10));

    [Fact]
    public void TheLastSecondsAreBareNumbers() => Assert.Equal("three", SpokenCues.Countdown(3));

    [Fact]
    public void ThreeTwoOneGoMergesIntoOneBreath() =>
        Assert.Equal("three, two, one, go", SpokenCues.Merge(["three", "two", "one", "go"]));

    [Fact]
    public void TooSlowGivesTheProjectedPacePerKilometre() =>
        // 100.8 s for 400 m is 4:12 per km.
        Assert.Equal("too slow: 4:12 per kilometre", SpokenCues.OffPace(PaceDirection.Slow, 100.8, 400));

    [Fact]
    public void TooFastSaysFast() =>
        Assert.Equal("too fast: 3:48 per kilometre", SpokenCues.OffPace(PaceDirection.Fast, 91.2, 400));

    [Fact]
    public void SensorsAreNamedForRunners()
    {
        Assert.Equal("foot pod lost", SpokenCues.Sensor("pod", lost: true));
        Assert.Equal("heart-rate strap back", SpokenCues.Sensor("hr", lost: false));
    }
}
