using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Workout;

/// <summary>In a mile session, everything typed or told about a pace is per mile: --finish-faster and the messages.</summary>
public class MileSessionSettingsTests
{
    private static string Error(WorkoutSettingsText text)
    {
        Assert.False(WorkoutSettings.TryParse(text, null, out _, out var error));
        return error;
    }

    private static double LastSetRepPace(WorkoutSettings s, Func<Pace, double> per) =>
        per(s.ToPlan().Steps.Last(x => x.Phase == Phase.Rep).TargetPace!.Value);

    [Fact]
    public void FinishFasterIsPerMileInAMileSession()
    {
        var s = WorkoutSettings.Parse(new WorkoutSettingsText { TargetPace = "6:26/mi", FinishFaster = "5s" });

        Assert.Equal(386 - 5, LastSetRepPace(s, p => p.SecondsPerMile), 6);
        Assert.Equal(386, s.ToPlan().Steps.First(x => x.Phase == Phase.Rep).TargetPace!.Value.SecondsPerMile, 6);
    }

    [Fact]
    public void FinishFasterIsPerMileWithUnitsMiAndABarePace()
    {
        var s = WorkoutSettings.Parse(new WorkoutSettingsText { TargetPace = "6:26", Units = "mi", FinishFaster = "6s" });

        Assert.Equal(380, LastSetRepPace(s, p => p.SecondsPerMile), 6);
    }

    [Fact]
    public void FinishFasterStaysPerKmInAKilometreSession()
    {
        var s = WorkoutSettings.Parse(new WorkoutSettingsText { TargetPace = "4:00", FinishFaster = "5s" });

        Assert.Equal(235, LastSetRepPace(s, p => p.SecondsPerKm), 6);
    }

    [Fact]
    public void AStoredFinishFasterIsNotConvertedAgainWhenTheTraceIsReplayed()
    {
        var live = WorkoutSettings.Parse(new WorkoutSettingsText { TargetPace = "6:26/mi", FinishFaster = "5s" });

        var replayed = WorkoutSettings.Parse(new WorkoutSettingsText { Tolerance = "4%" }, live);

        Assert.Equal(381, LastSetRepPace(replayed, p => p.SecondsPerMile), 6);
    }

    [Theory]
    [InlineData("6:26/mi", "70s", "--finish-faster must be between 0s and 60s per mile")]
    [InlineData("4:00", "70s", "--finish-faster must be between 0s and 60s per km")]
    [InlineData("1:40/mi", "10s", "--finish-faster would make the last set quicker than 1:37/mi")]
    [InlineData("1:05/km", "10s", "--finish-faster would make the last set quicker than 1:00/km")]
    public void FinishFasterMessagesQuoteTheSessionsUnit(string pace, string faster, string expected) =>
        Assert.Equal(expected, Error(new WorkoutSettingsText { TargetPace = pace, FinishFaster = faster }));

    [Fact]
    public void ATargetPaceTooQuickIsQuotedPerMileInAMileSession() =>
        Assert.Equal("target pace 1:20/mi is outside 1:37-96:34 per mile", Error(new WorkoutSettingsText { TargetPace = "1:20/mi" }));

    [Fact]
    public void AGoalOutOfRangeIsQuotedPerMileWithUnitsMi() =>
        Assert.Equal("--goal: goal 10k=5:00 means 0:48/mi, outside 3:13-32:11 per mile; check the time",
            Error(new WorkoutSettingsText { Goal = "10k=5:00", Units = "mi" }));

    [Fact]
    public void AGoalOutOfRangeIsQuotedPerKmOtherwise() =>
        Assert.Equal("--goal: goal 10k=5:00 means 0:30/km, outside 2:00-20:00 per km; check the time",
            Error(new WorkoutSettingsText { Goal = "10k=5:00" }));
}
