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
}
