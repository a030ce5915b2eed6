using System.Diagnostics;
using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Recording;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>
/// Crash safety with a real process: `pacelink run --simulate` records through the real trace
/// writer, is killed mid-session, and its trace is read back.
/// </summary>
public sealed class KilledRunTraceTests : IDisposable
{
    private readonly TraceFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task AKilledRunLosesAtMostTheRecordBeingWritten()
    {
        var trace = _files.PathOf("killed.jsonl");
        var cli = Path.Combine(AppContext.BaseDirectory, "pacelink.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "run", "--simulate", "--speed", "50", "--plain", "--quiet", "--trace", trace])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var run = Process.Start(start)!;
        run.OutputDataReceived += (_, _) => { };
        run.ErrorDataReceived += (_, _) => { };
        run.BeginOutputReadLine();
        run.BeginErrorReadLine();
        try
        {
            await Eventually.TrueAsync(() => LinesIn(trace) >= 200 || run.HasExited, "the run has recorded 200 lines", TimeSpan.FromSeconds(90));
            Assert.False(run.HasExited, "the run ended before it could be killed");
        }
        finally
        {
            if (!run.HasExited) run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        using (var stream = File.OpenRead(trace))
        {
            var read = TraceReader.Read(stream);
            Assert.True(read.Ok, read.Error);
            Assert.True(read.Warnings.Count <= 1, string.Join("; ", read.Warnings));
            Assert.True(read.Trace!.Records.Count >= 199);
        }
        var report = TraceChecker.Check(File.ReadAllText(trace));
        Assert.True(report.Repairable <= 1);
        Assert.Equal(0, CliRun.Run("trace", "check", trace, "--repair").Exit);
        Assert.True(TraceChecker.Check(File.ReadAllText(trace)).Healthy);
    }

    private static int LinesIn(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var lines = 0;
            int b;
            while ((b = stream.ReadByte()) >= 0) if (b == '\n') lines++;
            return lines;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
