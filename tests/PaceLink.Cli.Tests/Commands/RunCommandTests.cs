using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;

namespace PaceLink.Cli.Tests.Commands;

public class RunCommandTests
{
    private static readonly string[] ShortWorkout = ["run", "--simulate", "--speed", "20", "--warmup", "1m", "--cooldown", "1m", "--set-rest", "1m"];

    private static TraceContents ReadTrace(string path)
    {
        using var stream = File.OpenRead(path);
        var read = TraceReader.Read(stream);
        Assert.True(read.Ok, read.Error);
        return read.Trace!;
    }

    [Fact]
    public async Task SimulatedRunCompletesAShortWorkoutAndItsTraceReplaysToTheSameEvents()
    {
        using var cli = new SimulatedRunCli();
        var trace = cli.PathOf("session.jsonl");
        var (exit, output, error) = await cli.RunAsync([.. ShortWorkout, "--seed", "3", "--trace", trace]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"Recording to {trace}", output);
        Assert.Contains("Session completed", output);
        Assert.Equal(8, CliRun.Lines(output).Count(l => l.Contains("Rep done:")));
        Assert.Contains("Workout complete: 8 reps, average ", output);

        var recorded = ReadTrace(trace).Events.Select(CoachingEventJson.Serialize).ToList();
        var replay = CliRun.Run("replay", trace, "--json");
        Assert.Equal(0, replay.Exit);
        Assert.True(recorded.Count > 60);
        Assert.Equal(recorded, CliRun.Lines(replay.Out));
    }

    [Fact]
    public async Task SameSeedRecordsTheSameSession()
    {
        using var cli = new SimulatedRunCli();
        await cli.RunAsync([.. ShortWorkout, "--seed", "8", "--trace", cli.PathOf("a.jsonl")]);
        await cli.RunAsync([.. ShortWorkout, "--seed", "8", "--trace", cli.PathOf("b.jsonl")]);
        static string Body(string path) => string.Join("\n", File.ReadAllLines(path).Skip(1));
        Assert.Equal(Body(cli.PathOf("a.jsonl")), Body(cli.PathOf("b.jsonl")));
    }

    [Fact]
    public async Task WithoutTracePathTheTraceGoesToTheDataFolderAndThePathIsPrinted()
    {
        using var cli = new SimulatedRunCli();
        var (exit, output, _) = await cli.RunAsync([.. ShortWorkout, "--seed", "2"]);
        Assert.Equal(0, exit);
        var file = Assert.Single(Directory.GetFiles(cli.DataFolder, "*.jsonl"));
        Assert.Contains("10k-simulated", Path.GetFileName(file));
        Assert.Contains($"Recording to {file}", output);
        Assert.Contains($"Trace: {file}", output);
    }

    [Fact]
    public async Task AFinishedRunIsAddedToTheSessionHistory()
    {
        using var cli = new SimulatedRunCli();
        var (exit, output, _) = await cli.RunAsync([.. ShortWorkout, "--seed", "3"]);
        Assert.Equal(0, exit);
        var file = Assert.Single(Directory.GetFiles(cli.DataFolder, "*.jsonl"));
        using var history = PaceLink.Service.History.SessionHistory.Open(cli.HistoryPath);
        var entry = Assert.Single(history.List(null));
        Assert.Equal(Path.GetFullPath(file), Path.GetFullPath(entry.TracePath));
        Assert.True(entry.Summary.Reps > 0);
        Assert.Contains("Added to the session history", output);
    }

    [Fact]
    public async Task CtrlCStopsTheSessionAndTheTraceKeepsTheStop()
    {
        using var cli = new SimulatedRunCli();
        var trace = cli.PathOf("stopped.jsonl");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var (exit, output, _) = await cli.RunAsync(cancelled.Token, [.. ShortWorkout, "--seed", "4", "--trace", trace]);
        Assert.Equal(0, exit);
        Assert.Contains("Session stopped", output);
        Assert.Contains("Stopped after 0 reps, in the warm-up at 0:00", output);
        Assert.DoesNotContain("Well run", output);
        var contents = ReadTrace(trace);
        Assert.Equal(CoachCommand.Stop, Assert.Single(contents.Commands).Command);
        var done = Assert.IsType<PhaseStarted>(contents.Events.Last());
        Assert.Equal(Phase.Done, done.Phase);
    }

    [Fact]
    public async Task PodOptionsReachTheSimulatedSensors()
    {
        using var cli = new SimulatedRunCli();
        var trace = cli.PathOf("pod.jsonl");
        var (exit, _, _) = await cli.RunAsync([.. ShortWorkout, "--seed", "5", "--trace", trace, "--pod-hz", "4", "--no-total-distance", "--no-hr"]);
        Assert.Equal(0, exit);
        var contents = ReadTrace(trace);
        Assert.Equal(["pod"], contents.Header.Sensors.Select(s => s.Id));
        var pod = contents.Notifications.ToList();
        Assert.InRange(pod.Count / contents.Duration.TotalSeconds, 3.8, 4.1);
        Assert.All(pod, n => Assert.True(Core.Gatt.RscMeasurement.TryParse(n.Payload.Span, out var m) && m.TotalDistanceMetres is null));
    }

    [Fact]
    public async Task ASlowRunnerIsToldOffPace()
    {
        using var cli = new SimulatedRunCli();
        var (exit, output, _) = await cli.RunAsync([.. ShortWorkout, "--seed", "6", "--trace", cli.PathOf("slow.jsonl"), "--pace-error", "8%"]);
        Assert.Equal(0, exit);
        Assert.Contains("Too slow", output);
    }

    [Fact]
    public async Task APodDropoutIsCoachedAsALostAndRestoredSensor()
    {
        using var cli = new SimulatedRunCli();
        var (exit, output, _) = await cli.RunAsync([.. ShortWorkout, "--seed", "7", "--trace", cli.PathOf("dropout.jsonl"), "--dropout", "1m30s+6s"]);
        Assert.Equal(0, exit);
        var lost = Assert.Single(CliRun.Lines(output), l => l.Contains("Lost the foot pod"));
        Assert.StartsWith("[01:3", lost);
        Assert.Single(CliRun.Lines(output), l => l.Contains("The foot pod is back"));
    }

    [Theory]
    [InlineData("--pod-hz", "9", "--pod-hz must be between 1 and 4")]
    [InlineData("--pace-error", "lots", "--pace-error 'lots' is not a fraction")]
    [InlineData("--dropout", "20m", "--dropout '20m'")]
    [InlineData("--target-pace", "fast", "--target-pace")]
    public async Task BadOptionsAreRejectedWithTheReason(string option, string value, string message)
    {
        using var cli = new SimulatedRunCli();
        var (exit, _, error) = await cli.RunAsync([.. ShortWorkout, option, value, "--trace", cli.PathOf("never.jsonl")]);
        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.False(File.Exists(cli.PathOf("never.jsonl")));
    }

    [Fact]
    public async Task AnExistingTraceIsNeverOverwritten()
    {
        using var cli = new SimulatedRunCli();
        var trace = cli.PathOf("kept.jsonl");
        File.WriteAllText(trace, "yesterday's session\n");
        var (exit, _, error) = await cli.RunAsync([.. ShortWorkout, "--trace", trace]);
        Assert.Equal(1, exit);
        Assert.Contains("already exists", error);
        Assert.Equal("yesterday's session\n", File.ReadAllText(trace));
    }

    [Fact]
    public async Task ZeroSpeedIsRejected()
    {
        using var cli = new SimulatedRunCli();
        var (exit, _, error) = await cli.RunAsync("run", "--simulate", "--speed", "0", "--trace", cli.PathOf("never.jsonl"));
        Assert.Equal(1, exit);
        Assert.Contains("--speed must be between 0.1 and 1000, not 0", error);
    }

    [Fact]
    public void WithoutSimulateAndWithoutSensorsItSuggestsSimulate()
    {
        var (exit, _, error) = CliRun.Run("run");
        Assert.Equal(1, exit);
        Assert.Contains("pacelink run --simulate", error);
    }
}
