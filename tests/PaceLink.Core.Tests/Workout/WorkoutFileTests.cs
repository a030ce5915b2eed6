using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Workout;

public class WorkoutFileTests
{
    private const string Yaml = """
        name: 5 x 1 km
        target_pace: "4:00"
        tolerance: 4%
        steps:
          - phase: warmup
            time: 10m
          - repeat: 2
            steps:
              - phase: rep
                distance: 1km
              - phase: rest
                time: 2m
              - phase: rep
                distance: 400
                target_pace: "3:50"
                tolerance: 2%
          - phase: cooldown
            time: 5m
        """;

    [Fact]
    public void AYamlFileExpandsRepeatsIntoNumberedSetsAndReps()
    {
        var plan = WorkoutFile.Parse(Yaml);

        Assert.Equal("5 x 1 km", plan.Name);
        Assert.Equal(
            [(Phase.Warmup, 0, 0), (Phase.Rep, 1, 1), (Phase.Rest, 1, 1), (Phase.Rep, 1, 2), (Phase.Rep, 2, 1), (Phase.Rest, 2, 1), (Phase.Rep, 2, 2), (Phase.Cooldown, 0, 0)],
            plan.Steps.Select(s => (s.Phase, s.Set, s.Rep)));
        Assert.Equal(1000, plan.Steps[1].DistanceMetres);
        Assert.Equal((240.0, 0.04), (plan.Steps[1].TargetPace!.Value.SecondsPerKm, plan.Steps[1].Tolerance!.Value));
        Assert.Equal((230.0, 0.02), (plan.Steps[3].TargetPace!.Value.SecondsPerKm, plan.Steps[3].Tolerance!.Value));
        Assert.Equal(TimeSpan.FromMinutes(2), plan.Steps[2].Duration);
    }

    [Fact]
    public void AJsonFileReadsTheSameWay()
    {
        const string json = """
            {
            	"target_pace": "4:00",
            	"steps": [
            		{ "phase": "rep", "distance": "800m" },
            		{ "phase": "rest", "time": "90s" }
            	]
            }
            """;

        var plan = WorkoutFile.Parse(json);

        Assert.Equal([(Phase.Rep, 800.0), (Phase.Rest, 0.0)], plan.Steps.Select(s => (s.Phase, s.DistanceMetres ?? 0)));
    }

    [Fact]
    public void RepsWithoutAPaceUseTheSettingsPace()
    {
        var plan = WorkoutFile.Parse("steps:\n  - phase: rep\n    distance: 400\n", Pace.FromSecondsPerKm(250));

        Assert.Equal(100, plan.Steps[0].TargetSplitSeconds);
    }

    [Theory]
    [InlineData("steps:\n  - phase: sprint\n    time: 1m\n", 2, "unknown phase 'sprint'")]
    [InlineData("steps:\n  - phase: rep\n    distance: far\n", 3, "not a distance")]
    [InlineData("steps:\n  - phase: rest\n    time: 1m\n    distance: 400\n", 2, "either 'time'")]
    [InlineData("steps:\n  - phase: rep\n    distance: 400\n    target_pace: quick\n", 4, "target_pace")]
    [InlineData("name: x\n\nsteps:\n  - repeat: 0\n    steps: []\n", 4, "1 to 100")]
    [InlineData("steps:\n  - phase: rest\n    time: 1m\n    colour: red\n", 4, "unknown key 'colour'")]
    [InlineData("name: x\n", 1, "'steps' is missing")]
    [InlineData("steps:\n  - phase: rep\n   distance: 400\n", 3, "not valid YAML")]
    [InlineData("{\"steps\": [ {\"phase\": \"rep\", \"distance\": 400 ]}", 1, "not valid YAML or JSON")]
    public void AnInvalidFileIsRejectedWithTheLineAndTheReason(string text, int line, string reason)
    {
        Assert.False(WorkoutFile.TryParse(text, null, null, out _, out var error));
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void SettingsWithAFileReportTheFileNameAndLine()
    {
        var settings = new WorkoutSettings { Workout = "steps:\n  - phase: jog\n    time: 1m\n", WorkoutName = "mine.yaml" };

        Assert.False(settings.TryToPlan(out _, out var error));
        Assert.StartsWith("mine.yaml: line 2:", error);
    }
}
