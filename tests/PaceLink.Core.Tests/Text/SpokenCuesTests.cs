using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Text;

public class SpokenCuesTests
{
    [Fact]
    public void ARepEndingBeforeARestGivesDistanceSplitAndRest() =>
        Assert.Equal("four hundred — one thirty-six — rest sixty",
            SpokenCues.RepDone(400, 96.2, new PlannedBreak(Phase.Rest, TimeSpan.FromSeconds(60))));

    [Fact]
    public void TheLastRepOfASetAnnouncesTheSetRest() =>
        Assert.Equal("four hundred — one thirty-four — set rest three thirty",
            SpokenCues.RepDone(400, 94, new PlannedBreak(Phase.SetRest, TimeSpan.FromSeconds(210))));

    [Fact]
    public void ARepWithNothingPlannedAfterItGivesOnlyTheSplit() =>
        Assert.Equal("two hundred — forty-five seconds", SpokenCues.RepDone(200, 45, null));

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
