using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Workout;

public class WorkoutSettingsTests
{
    [Theory]
    [InlineData("10k=40:00", 240)]
    [InlineData("5k=20:00", 240)]
    [InlineData("half=1:30:00", 5400 / 21.0975)]
    [InlineData("marathon=3:00:00", 10800 / 42.195)]
    public void AGoalSetsTheTargetPaceToRacePace(string goal, double secondsPerKm)
    {
        var s = WorkoutSettings.Parse(new WorkoutSettingsText { Goal = goal });

        Assert.Equal(secondsPerKm, s.EffectiveTargetPace!.Value.SecondsPerKm, 6);
    }

    [Theory]
    [InlineData("10k", "--goal")]
    [InlineData("ultra=5:00:00", "5k, 10k, half or marathon")]
    [InlineData("10k=forty", "duration")]
    [InlineData("10k=5:00", "outside 2:00-20:00")]
    public void ABadGoalSaysWhatIsWrong(string goal, string expected)
    {
        Assert.False(WorkoutSettings.TryParse(new WorkoutSettingsText { Goal = goal }, null, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void TypedValuesOverrideTheBaselineAndTheRestIsKept()
    {
        var header = new WorkoutSettings { Workout = "half", TargetPace = Pace.FromSecondsPerKm(250), Warmup = TimeSpan.FromMinutes(20), Calibration = 0.97 };

        var s = WorkoutSettings.Parse(new WorkoutSettingsText { Goal = "10k=40:00", SetRest = "3m", Calibration = "1.02" }, header);

        Assert.Equal(("half", TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(3), 1.02), (s.Workout, s.Warmup, s.SetRest, s.Calibration));
        Assert.Null(s.TargetPace); // the new goal replaces the stored pace
        Assert.Equal(240, s.EffectiveTargetPace!.Value.SecondsPerKm, 6);
    }

    [Theory]
    [InlineData("4:00", null, null, null, "")]
    [InlineData(null, null, null, null, "target pace")]
    [InlineData("4:00", "fast", null, null, "--warmup")]
    [InlineData("4:00", null, "1.9", null, "--calibration")]
    [InlineData("4:00", null, "abc", null, "--calibration")]
    [InlineData("4:00", null, null, "40%", "--tolerance")]
    [InlineData("0:30", null, null, null, "--target-pace")]
    public void SettingsAreValidatedWithClearMessages(string? pace, string? warmup, string? calibration, string? tolerance, string expected)
    {
        var ok = WorkoutSettings.TryParse(new WorkoutSettingsText { TargetPace = pace, Warmup = warmup, Calibration = calibration, Tolerance = tolerance }, null, out _, out var error);

        Assert.Equal(expected.Length == 0, ok);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void BothTargetPaceAndGoalIsAnError()
    {
        Assert.False(WorkoutSettings.TryParse(new WorkoutSettingsText { TargetPace = "4:00", Goal = "10k=40:00" }, null, out _, out var error));
        Assert.Contains("either", error);
    }

    [Fact]
    public void DurationsAcceptSecondsMinutesAndHours()
    {
        var s = WorkoutSettings.Parse(new WorkoutSettingsText { TargetPace = "4:00", Warmup = "90s", Cooldown = "1h", SetRest = "3m30s" });

        Assert.Equal((90.0, 3600.0, 210.0), (s.Warmup.TotalSeconds, s.Cooldown.TotalSeconds, s.SetRest.TotalSeconds));
    }

    [Fact]
    public void ToPlanBuildsThePresetAndToOptionsCarriesCalibrationAndTolerance()
    {
        var s = WorkoutSettings.Parse(new WorkoutSettingsText { Workout = "10k", TargetPace = "4:00", Calibration = "0.97", Tolerance = "4%" });

        Assert.Equal(WorkoutPresets.Intervals(2, Pace.FromSecondsPerKm(240), tolerance: 0.04), s.ToPlan());
        Assert.Equal((0.97, 0.04), (s.ToOptions().Calibration, s.ToOptions().Tolerance));
    }
}
