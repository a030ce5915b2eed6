using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>A command line that does not parse gets one sentence in PaceLink's words, a pointer to help, and exit code 2.</summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("replai", "replay")]
    [InlineData("relai", "relay")]
    public void AnUnknownVerbIsNamedWithTheNearestOne(string typed, string nearest)
    {
        var (exit, output, error) = CliRun.Run(typed);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal([$"error: unknown command '{typed}'; did you mean '{nearest}'?", "run 'pacelink --help' for the commands"], CliRun.Lines(error));
    }

    [Fact]
    public void AnUnknownVerbFarFromAnyIsJustUnknown()
    {
        var (exit, _, error) = CliRun.Run("coachboard", "--all");
        Assert.Equal(2, exit);
        Assert.Equal("error: unknown command 'coachboard'", CliRun.Lines(error)[0]);
    }

    [Fact]
    public void AValueOfTheWrongTypeSaysWhatTheOptionTakesWithoutTypeNamesOrTheWholeHelp()
    {
        var (exit, output, error) = CliRun.Run("run", "--simulate", "--speed", "abc");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(["error: --speed takes a number, not 'abc'", "run 'pacelink run --help' for its options"], CliRun.Lines(error));
        Assert.DoesNotContain("System.", error);
    }

    [Fact]
    public void AnUnknownOptionNamesTheVerb()
    {
        var (exit, _, error) = CliRun.Run("run", "--simulate", "--sped", "20");
        Assert.Equal(2, exit);
        Assert.Contains("error: unknown option '--sped' for 'pacelink run'", error);
    }

    [Fact]
    public void NoVerbListsTheVerbs()
    {
        var (exit, output, _) = CliRun.Run();
        Assert.Equal(0, exit);
        Assert.Contains("replay", output);
        Assert.Contains("run", output);
    }

    [Theory]
    [InlineData("--pace-error", "8", "error: --pace-error '8' is not a fraction; write it like 8% or 0.08")]
    [InlineData("--pace-error", "150%", "error: --pace-error 150% is outside -50% to 100%")]
    [InlineData("--tolerance", "50%", "error: --tolerance 50% is outside 0.5%-25%")]
    [InlineData("--tolerance", "3", "error: --tolerance: '3' is not a fraction; write it like 3% or 0.03")]
    public void PercentagesReadAsPeopleWriteThem(string option, string value, string expected)
    {
        var (exit, _, error) = CliRun.Run("run", "--simulate", "--quiet", option, value);
        Assert.Equal(1, exit);
        Assert.Equal(expected, error.Trim());
    }
}
