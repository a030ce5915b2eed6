using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Cli.Tests.Commands;

public sealed class ReplayCommandTests : IDisposable
{
    // A short 10k structure so the trace stays small: 8 reps of 100 s at 4 m/s.
    private static readonly WorkoutSettings Short = new()
    {
        Workout = "10k",
        TargetPace = Pace.FromSecondsPerKm(250),
        Warmup = TimeSpan.FromSeconds(30),
        SetRest = TimeSpan.FromSeconds(30),
        Cooldown = TimeSpan.FromSeconds(30),
    };

    private const double Length = 30 + 800 + 2 * 135 + 30 + 30;

    private readonly TraceFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static IEnumerable<string> StoredEvents(string path)
    {
        using var stream = File.OpenRead(path);
        return TraceReader.Read(stream).Trace!.Events.Select(CoachingEventJson.Serialize);
    }

    [Fact]
    public void JsonPrintsExactlyTheEventsTheLiveRunEmittedOnePerLine()
    {
        var trace = _files.Record("live.jsonl", Short, Length + 5);

        var (exit, stdout, stderr) = CliRun.Run("replay", trace, "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(StoredEvents(trace), CliRun.Lines(stdout));
        Assert.Equal("""{"t":1160,"kind":"phase","phase":"done","set":0,"rep":0}""", CliRun.Lines(stdout)[^1]);
    }

    [Fact]
    public void WithoutJsonTheEventsAreAReadableList()
    {
        var trace = _files.Record("live.jsonl", Short, Length + 5);

        var (exit, stdout, _) = CliRun.Run("replay", trace);

        Assert.Equal(0, exit);
        Assert.Contains(CliRun.Lines(stdout), l => l.EndsWith("go: set 1 rep 1", StringComparison.Ordinal) && l.StartsWith("30.0", StringComparison.Ordinal));
        Assert.Contains(CliRun.Lines(stdout), l => l.EndsWith("set 2 rep 4: 1:40.0 (400 m)", StringComparison.Ordinal));
    }

    [Fact]
    public void CommandLineOptionsOverrideTheSettingsStoredInTheHeader()
    {
        var trace = _files.Record("live.jsonl", Short, Length + 5);

        var (exit, stdout, _) = CliRun.Run("replay", trace, "--json", "--warmup", "1m");

        Assert.Equal(0, exit);
        Assert.Contains("""{"t":60,"kind":"phase","phase":"rep","set":1,"rep":1}""", CliRun.Lines(stdout));
    }

    [Fact]
    public void ATraceWithoutStoredSettingsNeedsWorkoutOptions()
    {
        var trace = _files.Record("bare.jsonl", Short, 200, storeSettings: false);

        var (exit, stdout, stderr) = CliRun.Run("replay", trace);
        var withOptions = CliRun.Run("replay", trace, "--json", "--target-pace", "4:10", "--warmup", "30s");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("target pace", stderr);
        Assert.Equal(0, withOptions.Exit);
        Assert.Contains("""{"t":130,"kind":"rep_complete","set":1,"rep":1,"split_s":100,"distance_m":400}""", CliRun.Lines(withOptions.Out));
    }

    [Fact]
    public void ACutOffLastLineIsWarnedAboutAndTheRestReplays()
    {
        var trace = _files.Record("cut.jsonl", Short, 200);
        File.AppendAllText(trace, "{\"type\":\"notify\",\"t\":200.5,\"sen");

        var (exit, stdout, stderr) = CliRun.Run("replay", trace, "--json");

        Assert.Equal(0, exit);
        Assert.Contains("cut off", stderr);
        Assert.Equal(StoredEvents(trace), CliRun.Lines(stdout));
    }

    [Theory]
    [InlineData("missing.jsonl", null, "cannot open trace")]
    [InlineData("notes.txt", "shopping list\n", "not a PaceLink trace")]
    [InlineData("v9.jsonl", "{\"type\":\"header\",\"format\":\"pacelink-trace\",\"version\":9}\n", "version 9 is not supported")]
    public void ABadTraceGivesOneClearErrorLineAndAFailureExit(string name, string? content, string message)
    {
        var path = content is null ? _files.PathOf(name) : _files.Write(name, content);

        var (exit, stdout, stderr) = CliRun.Run("replay", path, "--json");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(CliRun.Lines(stderr));
        Assert.StartsWith("error: ", line);
        Assert.Contains(message, line);
    }

    [Theory]
    [InlineData("--target-pace", "fast", "--target-pace")]
    [InlineData("--goal", "10k=4 hours", "--goal")]
    [InlineData("--calibration", "lots", "--calibration")]
    [InlineData("--workout", "no-such-file.yaml", "neither 10k, half nor an existing workout file")]
    public void BadWorkoutOptionsGiveOneClearErrorLine(string option, string value, string message)
    {
        var trace = _files.Record("live.jsonl", Short, 60);

        var (exit, _, stderr) = CliRun.Run("replay", trace, option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, Assert.Single(CliRun.Lines(stderr)));
    }

    [Fact]
    public void AWorkoutFileWithAnErrorIsReportedWithItsLine()
    {
        var trace = _files.Record("live.jsonl", Short, 60);
        var file = _files.Write("bad.yaml", "steps:\n  - phase: rep\n    distance: 400\n  - phase: nap\n    time: 1m\n");

        var (exit, _, stderr) = CliRun.Run("replay", trace, "--workout", file);

        Assert.Equal(1, exit);
        Assert.Contains("bad.yaml: line 4: unknown phase 'nap'", stderr);
    }

    [Fact]
    public void AWorkoutFileReplacesThePreset()
    {
        var trace = _files.Record("live.jsonl", Short, 300);
        var file = _files.Write("two.yaml", "target_pace: \"4:10\"\nsteps:\n  - phase: warmup\n    time: 10s\n  - phase: rep\n    distance: 200\n  - phase: rest\n    time: 20s\n");

        var (exit, stdout, _) = CliRun.Run("replay", trace, "--json", "--workout", file);

        Assert.Equal(0, exit);
        Assert.Equal(
            ["""{"t":10,"kind":"phase","phase":"rep","set":1,"rep":1}""", """{"t":60,"kind":"rep_complete","set":1,"rep":1,"split_s":50,"distance_m":200}"""],
            CliRun.Lines(stdout).Where(l => !l.Contains("countdown")).Skip(1).Take(2));
    }

    [Fact]
    public void ATraceRecordedWithAWorkoutFileReplaysFromItsHeaderAlone()
    {
        var yaml = "steps:\n  - phase: warmup\n    time: 20s\n  - phase: rep\n    distance: 100\n    target_pace: \"4:10\"\n  - phase: cooldown\n    time: 15s\n";
        var trace = _files.Record("file.jsonl", new WorkoutSettings { Workout = yaml, WorkoutName = "short.yaml" }, 80);

        var (exit, stdout, stderr) = CliRun.Run("replay", trace, "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(StoredEvents(trace), CliRun.Lines(stdout));
        Assert.Contains("""{"t":45,"kind":"rep_complete","set":1,"rep":1,"split_s":25,"distance_m":100}""", CliRun.Lines(stdout));
    }
}
