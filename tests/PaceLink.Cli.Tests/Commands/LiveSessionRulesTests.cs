using PaceLink.Cli.Tests.Support;
using PaceLink.Service.Api;
using PaceLink.Service.Hosting;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>
/// The rules every way of starting a live session shares: `run`, `emulate`, `start` and the
/// service's start request take the same speeds and read workout files the same way, in the same words.
/// </summary>
public class LiveSessionRulesTests
{
    /// <summary>An address where no bus answers, so a verb that gets past its checks fails at once instead of using a real adapter.</summary>
    private const string NoBus = "unix:path=/nonexistent/pacelink-no-bus";

    private static string ServiceSpeedError(double speed)
    {
        var request = new StartBody { Simulate = true, Speed = speed }.ToRequest(new PaceLinkOptions(), out var error);
        Assert.Null(request);
        return error;
    }

    [Theory]
    [InlineData("0.05", 0.05)]
    [InlineData("0", 0.0)]
    [InlineData("1001", 1001.0)]
    public async Task RunRefusesTheSpeedsTheServiceRefusesInTheSameWords(string text, double speed)
    {
        using var cli = new SimulatedRunCli();
        var trace = cli.PathOf("never.jsonl");

        var (exit, _, error) = await cli.RunAsync("run", "--simulate", "--speed", text, "--trace", trace);

        Assert.Equal(1, exit);
        Assert.Equal($"error: --{ServiceSpeedError(speed)}", error.TrimEnd('\n'));
        Assert.False(File.Exists(trace));
    }

    [Theory]
    [InlineData("0.05", 0.05)]
    [InlineData("5000", 5000.0)]
    public void EmulateRefusesTheSpeedsTheServiceRefusesInTheSameWords(string text, double speed)
    {
        var (exit, _, error) = CliRun.Run("emulate", "footpod", "--bus", NoBus, "--speed", text);

        Assert.Equal(1, exit);
        Assert.Equal($"error: --{ServiceSpeedError(speed)}", error.TrimEnd('\n'));
    }

    [Fact]
    public void TheSpeedsBetweenATenthAndAThousandAreAcceptedByTheService()
    {
        foreach (var speed in new[] { 0.1, 1, 1000 })
            Assert.NotNull(new StartBody { Simulate = true, Speed = speed }.ToRequest(new PaceLinkOptions(), out _));
    }

    [Fact]
    public async Task RunReadsAWorkoutFileByTheRulesStartReadsItBy()
    {
        using var cli = new SimulatedRunCli();
        var big = cli.PathOf("big.yaml");
        // A valid workout made too big by a comment: `start` refuses it, so `run` must too.
        File.WriteAllText(big, "steps:\n  - phase: rep\n    distance: 400m\n#" + new string('x', 70_000) + "\n");

        var run = await cli.RunAsync("run", "--simulate", "--workout", big, "--trace", cli.PathOf("never.jsonl"));
        var start = CliRun.Run("start", "--url", "http://127.0.0.1:9", "--simulate", "--workout", big);

        Assert.Equal(1, run.Exit);
        Assert.Equal(1, start.Exit);
        Assert.Equal($"--workout: cannot read '{big}': it is larger than 65536 bytes", start.Error.TrimEnd('\n')["pacelink: ".Length..]);
        Assert.Equal($"error: --workout: cannot read '{big}': it is larger than 65536 bytes", run.Error.TrimEnd('\n'));
    }

    [Fact]
    public async Task RunRefusesAWorkoutThatIsNotARegularFileAsStartDoes()
    {
        using var cli = new SimulatedRunCli();
        var folder = cli.PathOf("workouts");
        Directory.CreateDirectory(folder);

        var run = await cli.RunAsync("run", "--simulate", "--workout", folder, "--trace", cli.PathOf("never.jsonl"));
        var start = CliRun.Run("start", "--url", "http://127.0.0.1:9", "--simulate", "--workout", folder);

        Assert.Equal(1, run.Exit);
        Assert.Equal($"pacelink: --workout: cannot read '{folder}': it is not a regular file", start.Error.TrimEnd('\n'));
        Assert.Equal($"error: --workout: cannot read '{folder}': it is not a regular file", run.Error.TrimEnd('\n'));
    }
}
