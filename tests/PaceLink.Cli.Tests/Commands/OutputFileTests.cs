using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>No verb that writes a file can destroy a recording or another file by accident.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly TraceFiles _files = new();
    private readonly string _trace;
    private readonly byte[] _recorded;

    public OutputFileTests()
    {
        _trace = _files.Record("session.jsonl", new PaceLink.Core.Workout.WorkoutSettings { Workout = "10k", TargetPace = PaceLink.Core.Units.Pace.FromSecondsPerKm(240), Warmup = TimeSpan.FromSeconds(30) }, seconds: 120);
        _recorded = File.ReadAllBytes(_trace);
    }

    /// <summary>The recorded trace's first line: a header with its workout.</summary>
    private string Header => File.ReadLines(_trace).First();

    public void Dispose() => _files.Dispose();

    private void AssertTraceUntouched() => Assert.Equal(_recorded, File.ReadAllBytes(_trace));

    [Fact]
    public void ExportOntoItsOwnTraceIsRefusedEvenWithForce()
    {
        var (code, _, error) = CliRun.Run("export", _trace, "--format", "csv", "-o", _trace, "--force");

        Assert.NotEqual(0, code);
        Assert.Contains("is the trace being read", error);
        AssertTraceUntouched();
    }

    [Fact]
    public void ExportOntoTheTraceThroughASymlinkOrAHardLinkIsRefused()
    {
        if (OperatingSystem.IsWindows()) return;
        var symlink = _files.PathOf("alias.csv");
        File.CreateSymbolicLink(symlink, _trace);
        var hard = _files.PathOf("hard.csv");
        Assert.Equal(0, System.Diagnostics.Process.Start("ln", [_trace, hard]).WaitForExitAndCode());

        var viaSymlink = CliRun.Run("export", _trace, "--format", "csv", "-o", symlink, "--force");
        var viaHardLink = CliRun.Run("export", _trace, "--format", "csv", "-o", hard, "--force");

        Assert.NotEqual(0, viaSymlink.Exit);
        Assert.Contains("is the trace being read", viaSymlink.Error);
        Assert.NotEqual(0, viaHardLink.Exit);
        Assert.Contains("is the trace being read", viaHardLink.Error);
        AssertTraceUntouched();
    }

    [Fact]
    public void AnExistingFileIsKeptWithoutForceAndReplacedWithIt()
    {
        var existing = _files.Write("old.csv", "the coach's notes\n");

        var refused = CliRun.Run("export", _trace, "--format", "csv", "-o", existing);
        Assert.NotEqual(0, refused.Exit);
        Assert.Contains("already exists; add --force to replace it", refused.Error);
        Assert.Equal("the coach's notes\n", File.ReadAllText(existing));

        var forced = CliRun.Run("export", _trace, "--format", "csv", "-o", existing, "--force");
        Assert.True(forced.Exit == 0, forced.Error);
        Assert.StartsWith("t_s,", File.ReadAllText(existing));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(existing));
        // Written through a temporary file in the same folder, renamed into place: nothing left behind.
        Assert.Equal(["old.csv", "session.jsonl"], Directory.GetFiles(Path.GetDirectoryName(existing)!).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void ADashWritesToStandardOutput()
    {
        var (code, stdout, error) = CliRun.Run("export", _trace, "--format", "csv", "-o", "-");

        Assert.True(code == 0, error);
        Assert.StartsWith("t_s,", stdout);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void AFolderIsNamedAsOne()
    {
        var folder = _files.PathOf("exports");
        Directory.CreateDirectory(folder);

        var (code, _, error) = CliRun.Run("export", _trace, "--format", "fit", "-o", folder, "--force");

        Assert.NotEqual(0, code);
        Assert.Contains("is a directory", error);
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void AnExtensionThatDoesNotMatchTheFormatIsWarnedAbout()
    {
        var path = _files.PathOf("session.tcx");

        var (code, _, error) = CliRun.Run("export", _trace, "--format", "csv", "-o", path);

        Assert.True(code == 0, error);
        Assert.Contains($"warning: '{path}' does not end in .csv", error);
    }

    [Fact]
    public void AHeaderOnlyTraceExportsNothingAndSaysWhy()
    {
        var empty = _files.Write("empty.jsonl", Header + "\n");
        foreach (var format in new[] { "tcx", "fit", "csv" })
        {
            var output = _files.PathOf("empty." + format);

            var (code, _, error) = CliRun.Run("export", empty, "--format", format, "-o", output);

            Assert.NotEqual(0, code);
            Assert.Equal($"error: {empty} holds no sensor readings, only its header; there is nothing to export", error.Trim());
            Assert.False(File.Exists(output));
        }
    }

    [Fact]
    public void ReviewChartAndReportFollowTheSameRules()
    {
        var report = _files.Write("report.html", "<p>last week</p>");

        var chart = CliRun.Run("review", _trace, "--no-index", "--chart", _trace);
        var html = CliRun.Run("review", _trace, "--no-index", "--html", report);

        Assert.NotEqual(0, chart.Exit);
        Assert.Contains("is the trace being read", chart.Error);
        AssertTraceUntouched();
        Assert.NotEqual(0, html.Exit);
        Assert.Contains("already exists; add --force to replace it", html.Error);
        Assert.Equal("<p>last week</p>", File.ReadAllText(report));
    }

    [Fact]
    public void RepairNeverClobbersAFileBesideTheTrace()
    {
        var damaged = _files.Write("damaged.jsonl", $"{Header}\ngarbage\n");
        var backup = _files.Write("damaged.jsonl.bak", "an older backup\n");
        var scratch = _files.Write("damaged.jsonl.repair-tmp", "someone's file\n");

        var (code, stdout, _) = CliRun.Run("trace", "check", damaged, "--repair");

        Assert.Equal(0, code);
        Assert.Equal("an older backup\n", File.ReadAllText(backup));
        Assert.Equal("someone's file\n", File.ReadAllText(scratch));
        Assert.Contains("damaged.jsonl.bak.2", stdout);
        Assert.Equal($"{Header}\ngarbage\n", File.ReadAllText(damaged + ".bak.2"));
    }

    [Fact]
    public async Task RunRefusesAFolderAsItsTrace()
    {
        using var cli = new SimulatedRunCli();
        var folder = cli.PathOf("traces");
        Directory.CreateDirectory(folder);

        var (exit, _, error) = await cli.RunAsync("run", "--simulate", "--warmup", "10s", "--trace", folder);

        Assert.NotEqual(0, exit);
        Assert.Contains("is a directory", error);
    }
}

internal static class ProcessExit
{
    public static int WaitForExitAndCode(this System.Diagnostics.Process process)
    {
        process.WaitForExit();
        return process.ExitCode;
    }
}
