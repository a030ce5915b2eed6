using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Service.Tests.Alerts.Speech;

public class CueBuilderTests
{
    private static readonly WorkoutPlan TenK = new WorkoutSettings { TargetPace = Pace.Parse("4:00") }.ToPlan();

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Theory]
    [InlineData(1, 1, "rest sixty")]
    [InlineData(1, 2, "rest forty-five")]
    [InlineData(1, 3, "rest thirty")]
    [InlineData(1, 4, "set rest three thirty")]
    [InlineData(2, 4, "cool-down")]
    public void ARepEndSaysTheSplitItsDeviationAndTheRestThatFollows(int set, int rep, string rest)
    {
        var cues = CueBuilder.For(TenK);
        var cue = cues.For(new RepCompleted(TimeSpan.FromMinutes(20), set, rep, 95.04, 400));
        Assert.NotNull(cue);
        Assert.Equal($"one minute thirty-five point zero, one second fast, {rest}", cue.Text);
        Assert.Equal(Beep.Lap, cue.Beep);
    }

    [Fact]
    public void ARepCutShortByALapNamesItsDistanceAndNoDeviation()
    {
        var cue = CueBuilder.For(TenK).For(new RepCompleted(S(1000), 1, 1, 60.3, 250));
        Assert.Equal("two hundred fifty metres in one minute zero point three, rest sixty", cue?.Text);
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
    public void CountdownSpeaksTenThenThreeTwoOneButNotTheSecondsBetween()
    {
        var cues = CueBuilder.For(TenK);
        var said = new[] { 10, 9, 5, 4, 3, 2, 1 }.Select(n => cues.For(new Countdown(TimeSpan.Zero, n))?.Text).ToArray();
        Assert.Equal(new string?[] { "ten seconds", null, null, null, "three", "two", "one" }, said);
    }

    [Theory]
    [InlineData(Phase.Warmup, 0, 0, "set one, rep one of four, four hundred metres at four minutes per kilometre")]
    [InlineData(Phase.Rest, 1, 2, "set one, rep three of four, four hundred metres at four minutes per kilometre")]
    [InlineData(Phase.Rest, 1, 3, "set one, last rep of the set, four hundred metres at four minutes per kilometre")]
    [InlineData(Phase.SetRest, 1, 0, "set two, rep one of four, four hundred metres at four minutes per kilometre")]
    [InlineData(Phase.Rest, 2, 3, "last rep, four hundred metres at four minutes per kilometre")]
    public void TheTenSecondsBeforeARepPreviewIt(Phase phase, int set, int rep, string preview)
    {
        var cues = CueBuilder.For(TenK);
        cues.For(new PhaseStarted(S(0), phase, set, rep));
        var cue = cues.For(new Countdown(S(50), 10));
        Assert.Equal($"ten seconds: {preview}", cue?.Text);
    }

    [Fact]
    public void TheTenSecondsOfTheCoolDownPreviewNothing()
    {
        var cues = CueBuilder.For(TenK);
        cues.For(new PhaseStarted(S(0), Phase.Cooldown, 0, 0));
        Assert.Equal("ten seconds", cues.For(new Countdown(S(50), 10))?.Text);
    }

    [Fact]
    public void APreviewInMilesGivesThePacePerMile()
    {
        var cues = CueBuilder.For(TenK, unit: DistanceUnit.Miles);
        cues.For(new PhaseStarted(S(0), Phase.Warmup, 0, 0));
        Assert.Equal("ten seconds: set one, rep one of four, four hundred metres at six minutes twenty-six per mile", cues.For(new Countdown(S(50), 10))?.Text);
    }

    [Fact]
    public void ASetRestSaysTheMinutesLeft()
    {
        var cues = CueBuilder.For(TenK);
        Assert.Equal(["three minutes left", "one minute left"], new[] { 180, 60 }.Select(n => cues.For(new Countdown(S(0), n))?.Text));
    }

    [Fact]
    public void TheEndSaysRepsAndAverageOrThatTheSessionWasStopped()
    {
        var finished = CueBuilder.For(TenK);
        finished.For(new RepCompleted(S(100), 1, 1, 95.2, 400));
        finished.For(new RepCompleted(S(300), 1, 2, 96.0, 400));
        Assert.Equal("workout complete, two reps, average one minute thirty-five point six", finished.For(new PhaseStarted(S(900), Phase.Done, 0, 0))?.Text);

        var stopped = CueBuilder.For(TenK);
        stopped.For(new RepCompleted(S(100), 1, 1, 95.2, 400));
        stopped.OnPhaseEnded(new PhaseSummary(Phase.Rep, 1, 2, S(200), S(212.2), S(12.2), 50, null, null, null, null, PhaseEnd.Stop));
        Assert.Equal("stopped after one rep", stopped.For(new PhaseStarted(S(212.2), Phase.Done, 0, 0))?.Text);
    }

    [Fact]
    public void EachCueCanBeSwitchedOff()
    {
        var off = new CueOptions
        {
            RepPreview = false, TenSeconds = false, CountdownFrom = 0, Go = false, RestMinutes = false,
            RepSplit = false, Pace = false, Sensors = false, Phases = false, End = false,
        };
        var cues = CueBuilder.For(TenK, off);
        CoachingEvent[] events =
        [
            new PhaseStarted(S(0), Phase.Warmup, 0, 0), new Countdown(S(50), 10), new Countdown(S(57), 3),
            new PhaseStarted(S(60), Phase.Rep, 1, 1), new OffPace(S(80), PaceDirection.Slow, 100), new BackOnPace(S(90)),
            new SensorLost(S(95), "pod"), new SensorRestored(S(96), "pod"), new RepCompleted(S(156), 1, 1, 96, 400),
            new PhaseStarted(S(156), Phase.Rest, 1, 1), new Countdown(S(0), 120), new PhaseStarted(S(900), Phase.Done, 0, 0),
        ];
        Assert.All(events, e => Assert.Null(cues.For(e)));
    }

    [Fact]
    public void ThePreviewAloneIsSaidWhenTenSecondsIsOff()
    {
        var cues = CueBuilder.For(TenK, new CueOptions { TenSeconds = false });
        cues.For(new PhaseStarted(S(0), Phase.Warmup, 0, 0));
        Assert.Equal("set one, rep one of four, four hundred metres at four minutes per kilometre", cues.For(new Countdown(S(50), 10))?.Text);
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

    [Fact]
    public void SensorsAreSaidLostAndBack()
    {
        var cues = CueBuilder.For(TenK);
        Assert.Equal("foot pod lost", cues.For(new SensorLost(S(10), "pod"))?.Text);
        Assert.Equal("foot pod back", cues.For(new SensorRestored(S(14), "pod"))?.Text);
    }

    [Fact]
    public void TheHalfwaySplitIsOffByDefault() =>
        Assert.Null(CueBuilder.For(TenK).For(new HalfwaySplit(S(1000), 1, 2, 47.3, 200)));

    [Fact]
    public void TheHalfwaySplitIsSaidWhenSwitchedOnAgainstHalfTheRepsTargetSplit()
    {
        var cue = CueBuilder.For(TenK, new CueOptions { HalfwaySplit = true }).For(new HalfwaySplit(S(1000), 1, 2, 47.3, 200));
        Assert.NotNull(cue);
        Assert.Equal("two hundred, forty-seven point three, zero point seven seconds fast", cue.Text);
        Assert.Equal(CueKind.Result, cue.Kind);
    }
}
