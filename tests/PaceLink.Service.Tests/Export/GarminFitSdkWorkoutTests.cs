using System.Text.Json;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Export;

/// <summary>The FIT workout file as Garmin's own FIT SDK reads it, walked the way a watch follows it.</summary>
public class GarminFitSdkWorkoutTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 18, 0, 0, TimeSpan.Zero);

    private static JsonElement Decode(int sets, double tolerance = 0.03) =>
        GarminFitSdk.Decode(FitWorkoutWriter.Write(WorkoutPresets.Intervals(sets, Pace.FromSecondsPerKm(240), tolerance: tolerance), tolerance, Created));

    /// <summary>Follows repeat steps as a watch does: back to the first repeated step until done that many times.</summary>
    private static List<JsonElement> Walk(IReadOnlyList<JsonElement> steps)
    {
        var walked = new List<JsonElement>();
        var done = new Dictionary<int, int>();
        for (var i = 0; i < steps.Count && walked.Count < 1000;)
        {
            var step = steps[i];
            if (step.GetProperty("durationType").GetString() != "repeatUntilStepsCmplt")
            {
                walked.Add(step);
                i++;
                continue;
            }
            done[i] = done.GetValueOrDefault(i) + 1;
            i = done[i] < step.GetProperty("repeatSteps").GetInt32() ? step.GetProperty("durationStep").GetInt32() : i + 1;
        }
        return walked;
    }

    [Fact]
    public void TheTenKWorkoutWalksAsEightRepsOf400MetresWithShrinkingRestsAtTheTargetSpeed()
    {
        var fit = Decode(2);
        Assert.True(fit.GetProperty("integrity").GetBoolean());
        Assert.Empty(fit.GetProperty("errors").EnumerateArray());
        Assert.Equal("workout", fit.Messages("fileIdMesgs").Single().GetProperty("type").GetString());
        var workout = fit.Messages("workoutMesgs").Single();
        Assert.Equal("running", workout.GetProperty("sport").GetString());
        Assert.Equal("track", workout.GetProperty("subSport").GetString());
        Assert.Equal("10k intervals", workout.GetProperty("wktName").GetString());

        var steps = fit.Messages("workoutStepMesgs");
        Assert.Equal(steps.Count(s => s.GetProperty("durationType").GetString() != "repeatUntilStepsCmplt"), workout.GetProperty("numValidSteps").GetInt32());
        var walked = Walk(steps);
        var reps = walked.Where(s => s.GetProperty("intensity").GetString() == "active").ToList();
        Assert.Equal(8, reps.Count);
        Assert.All(reps, r =>
        {
            Assert.Equal(400, r.GetProperty("durationDistance").GetDouble(), 2);
            Assert.Equal(1000 / (240 * 1.03), r.GetProperty("customTargetSpeedLow").GetDouble(), 3);
            Assert.Equal(1000 / (240 * 0.97), r.GetProperty("customTargetSpeedHigh").GetDouble(), 3);
        });
        var rests = walked.Where(s => s.GetProperty("intensity").GetString() == "rest").Select(s => s.GetProperty("durationTime").GetDouble()).ToList();
        Assert.Equal([60, 45, 30, 210, 60, 45, 30], rests);
        Assert.Equal("warmup", walked[0].GetProperty("intensity").GetString());
        Assert.Equal(900, walked[0].GetProperty("durationTime").GetDouble());
        Assert.Equal("cooldown", walked[^1].GetProperty("intensity").GetString());
    }

    [Fact]
    public void TheHalfWorkoutFoldsItsRepeatedSetsIntoARepeatStepAndWalksAsTwelveReps()
    {
        var fit = Decode(3);
        var steps = fit.Messages("workoutStepMesgs");

        Assert.Contains(steps, s => s.GetProperty("durationType").GetString() == "repeatUntilStepsCmplt");
        var walked = Walk(steps);
        Assert.Equal(12, walked.Count(s => s.GetProperty("intensity").GetString() == "active"));
        Assert.Equal(WorkoutPresets.Intervals(3, Pace.FromSecondsPerKm(240)).Steps.Count, walked.Count);
    }
}
