using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Service.Tests.Alerts.Speech;

public class CueBuilderTests
{
    private static readonly WorkoutPlan TenK = new WorkoutSettings { TargetPace = Pace.Parse("4:00") }.ToPlan();

    [Theory]
    [InlineData(1, 1, "rest sixty")]
    [InlineData(1, 2, "rest forty-five")]
    [InlineData(1, 3, "rest thirty")]
    [InlineData(1, 4, "set rest three thirty")]
    [InlineData(2, 4, "cool-down")]
    public void RestShrinksFrom60To45To30WithinASetAndTheCueSaysSo(int set, int rep, string rest)
    {
        var cues = CueBuilder.For(TenK);
        var cue = cues.For(new RepCompleted(TimeSpan.FromMinutes(20), set, rep, 96, 400));
        Assert.NotNull(cue);
        Assert.Equal($"four hundred — one thirty-six — {rest}", cue.Text);
        Assert.Equal(Beep.Lap, cue.Beep);
    }

    [Fact]
    public void TheRestAnnouncedWithTheSplitIsNotAnnouncedAgain()
    {
        var cues = CueBuilder.For(TenK);
        cues.For(new RepCompleted(TimeSpan.FromMinutes(20), 1, 1, 96, 400));
        Assert.Null(cues.For(new PhaseStarted(TimeSpan.FromMinutes(20), Phase.Rest, 1, 1)));
    }

    [Fact]
    public void ARestStartedByALapWithoutASplitIsStillAnnounced()
    {
        var cues = CueBuilder.For(TenK);
        Assert.Equal("warm-up", cues.For(new PhaseStarted(TimeSpan.Zero, Phase.Warmup, 0, 0))?.Text);
        Assert.Equal("go", cues.For(new PhaseStarted(TimeSpan.FromMinutes(15), Phase.Rep, 1, 1))?.Text);
        Assert.Equal("rest", cues.For(new PhaseStarted(TimeSpan.FromMinutes(16), Phase.Rest, 1, 1))?.Text);
    }

    [Fact]
    public void CountdownSpeaksTenAndTheLastFiveButNotTheSecondsBetween()
    {
        var cues = CueBuilder.For(TenK);
        var said = new[] { 10, 9, 5, 3, 1 }.Select(n => cues.For(new Countdown(TimeSpan.Zero, n))?.Text).ToArray();
        Assert.Equal(new string?[] { "ten seconds", null, "five", "three", "one" }, said);
    }

    [Fact]
    public void GoComesWithTheGoBeep()
    {
        var cue = CueBuilder.For(TenK).For(new PhaseStarted(TimeSpan.FromMinutes(15), Phase.Rep, 1, 1));
        Assert.Equal(new Cue("go", CueKind.Go, Beep.Go), cue);
    }

    [Fact]
    public void OffPaceUsesTheRepDistanceOfThePlan()
    {
        var cue = CueBuilder.For(TenK).For(new OffPace(TimeSpan.FromMinutes(16), PaceDirection.Slow, 100.8));
        Assert.Equal("too slow: 4:12 per kilometre", cue?.Text);
    }
}
