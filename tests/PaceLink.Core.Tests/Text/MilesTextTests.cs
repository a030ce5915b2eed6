using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Text;

/// <summary>The runner's words in miles: paces and totals per mile, reps still in metres.</summary>
public class MilesTextTests
{
    private static readonly WorkoutPlan Plan = WorkoutPresets.Intervals(2, Pace.FromSecondsPerMile(386));

    [Fact]
    public void TheGoLineGivesTheRepInMetresAndItsPacePerMile() =>
        Assert.Equal("GO! Set 1, rep 2: 400 m at 6:26/mi (target 1:35.9)",
            EventText.Full(new PhaseStarted(TimeSpan.Zero, Phase.Rep, 1, 2), Plan, DistanceUnit.Miles));

    [Fact]
    public void TheSameLineInKilometresIsUnchanged() =>
        // 6:26/mi is 3:59.8/km: the 400 m target is 1:35.9 whichever unit shows it.
        Assert.Equal("GO! Set 1, rep 2: 400 m at 4:00/km (target 1:35.9)",
            EventText.Full(new PhaseStarted(TimeSpan.Zero, Phase.Rep, 1, 2), Plan));

    [Fact]
    public void OffPaceIsSpokenPerMile() =>
        // 100.8 s for 400 m is 4:12 per km, 6:46 per mile.
        Assert.Equal("too slow: 6:46 per mile", SpokenCues.OffPace(PaceDirection.Slow, 100.8, 400, DistanceUnit.Miles));

    [Theory]
    [InlineData(5000, DistanceUnit.Kilometres, "5.00 km")]
    [InlineData(5000, DistanceUnit.Miles, "3.11 mi")]
    public void TotalsAreWrittenInTheUnit(double metres, DistanceUnit unit, string text) =>
        Assert.Equal(text, PaceText.Distance(metres, unit));

    [Theory]
    [InlineData("km", DistanceUnit.Kilometres)]
    [InlineData("MI", DistanceUnit.Miles)]
    [InlineData(" miles ", DistanceUnit.Miles)]
    [InlineData("kilometres", DistanceUnit.Kilometres)]
    public void UnitsAreReadInTheUsualSpellings(string text, DistanceUnit unit)
    {
        Assert.True(DistanceUnits.TryParse(text, out var read));
        Assert.Equal(unit, read);
    }

    [Fact]
    public void APaceAxisIsInSecondsPerTheUnit() =>
        Assert.Equal(386, PaceText.Seconds(Pace.FromSecondsPerMile(386), DistanceUnit.Miles), 9);

    [Fact]
    public void ABreakNamesTheRepThatComesNext()
    {
        Assert.Equal("next: set 2, rep 1 of 4", StepText.Next(Phase.Rep, 2, 1, 4));
        Assert.Equal("next: cool-down", StepText.Next(Phase.Cooldown, 0, 0, 0));
        Assert.Equal("set 1, rep 3", StepText.Rep(1, 3));
    }
}
