using PaceLink.Core.Text;
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

    [Theory]
    [InlineData("6:26/mi", null, DistanceUnit.Miles, 386 * 1000 / 1609.344)]
    [InlineData("4:00/km", null, DistanceUnit.Kilometres, 240)]
    [InlineData("4:00", null, DistanceUnit.Kilometres, 240)]
    [InlineData("6:26", "mi", DistanceUnit.Miles, 386 * 1000 / 1609.344)]
    [InlineData("6:26/mi", "km", DistanceUnit.Kilometres, 386 * 1000 / 1609.344)]
    [InlineData("4:00/km", "miles", DistanceUnit.Miles, 240)]
    public void UnitsComeFromTheOptionElseFromTheUnitThePaceIsWrittenIn(string pace, string? units, DistanceUnit expected, double secondsPerKm)
    {
        var s = WorkoutSettings.Parse(new WorkoutSettingsText { TargetPace = pace, Units = units });

        Assert.Equal(expected, s.Units);
        Assert.Equal(secondsPerKm, s.TargetPace!.Value.SecondsPerKm, 6);
    }

    [Fact]
    public void ABarePaceOverASessionInMilesIsPerMileAndTheUnitsAreKept()
    {
        var header = new WorkoutSettings { TargetPace = Pace.FromSecondsPerMile(386), Units = DistanceUnit.Miles };

        var s = WorkoutSettings.Parse(new WorkoutSettingsText { TargetPace = "6:40" }, header);

        Assert.Equal(DistanceUnit.Miles, s.Units);
        Assert.Equal(400, s.TargetPace!.Value.SecondsPerMile, 6);
        Assert.Equal(DistanceUnit.Miles, WorkoutSettings.Parse(new WorkoutSettingsText { Warmup = "5m" }, header).Units);
    }

    [Fact]
    public void AnUnknownUnitIsRefusedInOneSentence()
    {
        Assert.False(WorkoutSettings.TryParse(new WorkoutSettingsText { TargetPace = "4:00", Units = "furlongs" }, null, out _, out var error));
        Assert.Equal("--units: 'furlongs' is not a unit; use km or mi", error);
    }

    [Fact]
    public void TheTraceHeaderKeepsMilesAndWritesNothingNewForKilometres()
    {
        static string Json(WorkoutSettings s)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var w = new System.Text.Json.Utf8JsonWriter(buffer)) WorkoutSettingsJson.Write(w, s);
            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        var miles = new WorkoutSettings { TargetPace = Pace.FromSecondsPerMile(386), Units = DistanceUnit.Miles };

        Assert.Contains("\"units\":\"mi\"", Json(miles));
        Assert.DoesNotContain("units", Json(miles with { Units = DistanceUnit.Kilometres }));
        using var doc = System.Text.Json.JsonDocument.Parse(Json(miles));
        Assert.True(WorkoutSettingsJson.TryRead(doc.RootElement, out var read, out var error), error);
        Assert.Equal(DistanceUnit.Miles, read.Units);
        using var bad = System.Text.Json.JsonDocument.Parse("""{"workout":"10k","target_pace_s_per_km":240,"units":"leagues"}""");
        Assert.False(WorkoutSettingsJson.TryRead(bad.RootElement, out _, out error));
        Assert.Equal("settings: 'units' must be km or mi", error);
    }
}
