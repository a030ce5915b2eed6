using PaceLink.Core.Coaching;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Service.Tests.Alerts.Speech;

public class CueTextTests
{
    [Fact]
    public void ARepEndingBeforeARestGivesDistanceSplitAndRest() =>
        Assert.Equal("four hundred — one thirty-six — rest sixty",
            CueText.RepDone(400, 96.2, new PlannedBreak(Phase.Rest, TimeSpan.FromSeconds(60))));

    [Fact]
    public void TheLastRepOfASetAnnouncesTheSetRest() =>
        Assert.Equal("four hundred — one thirty-four — set rest three thirty",
            CueText.RepDone(400, 94, new PlannedBreak(Phase.SetRest, TimeSpan.FromSeconds(210))));

    [Fact]
    public void ARepWithNothingPlannedAfterItGivesOnlyTheSplit() =>
        Assert.Equal("two hundred — forty-five seconds", CueText.RepDone(200, 45, null));

    [Fact]
    public void TenSecondsLeftIsSaidInFull() => Assert.Equal("ten seconds", CueText.Countdown(10));

    [Fact]
    public void TheLastSecondsAreBareNumbers() => Assert.Equal("three", CueText.Countdown(3));

    [Fact]
    public void ThreeTwoOneGoMergesIntoOneBreath() =>
        Assert.Equal("three, two, one, go", CueText.Merge(["three", "two", "one", "go"]));

    [Fact]
    public void TooSlowGivesTheProjectedPacePerKilometre() =>
        // 100.8 s for 400 m is 4:12 per km.
        Assert.Equal("too slow: 4:12 per kilometre", CueText.OffPace(PaceDirection.Slow, 100.8, 400));

    [Fact]
    public void TooFastSaysFast() =>
        Assert.Equal("too fast: 3:48 per kilometre", CueText.OffPace(PaceDirection.Fast, 91.2, 400));

    [Fact]
    public void SensorsAreNamedForRunners()
    {
        Assert.Equal("foot pod lost", CueText.Sensor("pod", lost: true));
        Assert.Equal("heart rate back", CueText.Sensor("hr", lost: false));
    }
}
