using System.Text.Json;
using PaceLink.Cli.Control;

namespace PaceLink.Cli.Tests.Control;

public class StatusTextTests
{
    private static string Format(string json) => StatusText.Format(JsonDocument.Parse(json).RootElement);

    [Theory]
    [InlineData(0, "idle — 0 reps done")]
    [InlineData(1, "idle — 1 rep done")]
    [InlineData(2, "idle — 2 reps done")]
    public void RepsDoneIsCountedInWords(int reps, string expected) =>
        Assert.Equal(expected, Format($$"""{"state":"idle","reps_done":{{reps}}}"""));

    [Fact]
    public void ARepSaysHowFarIsDoneOfItsLength() =>
        Assert.Contains("236 of 400 m done", Format("""{"state":"running","snapshot":{"phase":"rep","set":1,"rep":2,"rep_distance_m":236.4,"rep_length_m":400}}"""));

    // Set 1 of two (reps 1-2), the set rest, then set 2: a step index points into this list.
    private const string Plan = """
        "plan":{"name":"test","tolerance":0.03,"reps":4,"steps":[
          {"phase":"warmup","set":0,"rep":0,"distance_m":null,"duration_s":60,"target_pace_s_per_km":null,"tolerance":0.03},
          {"phase":"rep","set":1,"rep":1,"distance_m":400,"duration_s":null,"target_pace_s_per_km":240,"tolerance":0.03},
          {"phase":"rest","set":1,"rep":1,"distance_m":null,"duration_s":60,"target_pace_s_per_km":null,"tolerance":0.03},
          {"phase":"rep","set":1,"rep":2,"distance_m":400,"duration_s":null,"target_pace_s_per_km":240,"tolerance":0.03},
          {"phase":"set_rest","set":1,"rep":0,"distance_m":null,"duration_s":210,"target_pace_s_per_km":null,"tolerance":0.03},
          {"phase":"rep","set":2,"rep":1,"distance_m":400,"duration_s":null,"target_pace_s_per_km":240,"tolerance":0.03},
          {"phase":"rest","set":2,"rep":1,"distance_m":null,"duration_s":60,"target_pace_s_per_km":null,"tolerance":0.03},
          {"phase":"rep","set":2,"rep":2,"distance_m":400,"duration_s":null,"target_pace_s_per_km":240,"tolerance":0.03},
          {"phase":"cooldown","set":0,"rep":0,"distance_m":null,"duration_s":60,"target_pace_s_per_km":null,"tolerance":0.03}]}
        """;

    [Fact]
    public void ASetRestNamesTheRepThatComesNextNotRepZero()
    {
        var text = Format($$"""{"state":"running","snapshot":{"phase":"set_rest","set":1,"rep":0,"remaining_s":200,"step":4},{{Plan}}}""");
        Assert.Equal("running — set rest — next: set 2, rep 1 of 2 — 3:20 left", text);
        Assert.DoesNotContain("rep 0", text);
    }

    [Fact]
    public void ARestNamesTheNextRepAndARepItsPlaceInTheSet()
    {
        Assert.Equal("running — rest — next: set 1, rep 2 of 2 — 0:45 left",
            Format($$"""{"state":"running","snapshot":{"phase":"rest","set":1,"rep":1,"remaining_s":45,"step":2},{{Plan}}}"""));
        Assert.Equal("running — rep — set 2, rep 1 of 2 — 100 of 400 m done — pace 4:10/km (target 4:00)",
            Format($$"""{"state":"running","snapshot":{"phase":"rep","set":2,"rep":1,"rep_distance_m":100,"rep_length_m":400,"pace_s_per_km":250,"target_pace_s_per_km":240,"step":5},{{Plan}}}"""));
    }

    [Fact]
    public void WithoutAPlanARestSaysWhatItFollows() =>
        Assert.Equal("running — set rest — after set 1 — 3:20 left",
            Format("""{"state":"running","snapshot":{"phase":"set_rest","set":1,"rep":0,"remaining_s":200,"step":4}}"""));

    [Fact]
    public void PacesFollowTheSessionUnitsOrTheOneAskedFor()
    {
        const string status = """{"state":"running","units":"mi","snapshot":{"phase":"rep","set":1,"rep":1,"pace_s_per_km":240,"target_pace_s_per_km":240}}""";
        Assert.Contains("pace 6:26/mi (target 6:26)", Format(status));
        Assert.Contains("pace 4:00/km (target 4:00)", StatusText.Format(JsonDocument.Parse(status).RootElement, PaceLink.Core.Text.DistanceUnit.Kilometres));
    }
}
