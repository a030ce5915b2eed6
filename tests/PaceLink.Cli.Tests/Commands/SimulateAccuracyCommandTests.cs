using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public class SimulateAccuracyCommandTests
{
    [Fact]
    public void PrintsOneRowPerPodSetUp()
    {
        var (exit, output, _) = CliRun.Run("simulate-accuracy", "--sessions", "1");
        Assert.Equal(0, exit);
        var lines = CliRun.Lines(output);
        Assert.Contains(lines, l => l.StartsWith("1 Hz, total distance", StringComparison.Ordinal) && l.Contains(" 8 "));
        Assert.Contains(lines, l => l.StartsWith("2 Hz, speed only", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsZeroSessions()
    {
        var (exit, _, error) = CliRun.Run("simulate-accuracy", "--sessions", "0");
        Assert.Equal(1, exit);
        Assert.Contains("--sessions", error);
    }
}
