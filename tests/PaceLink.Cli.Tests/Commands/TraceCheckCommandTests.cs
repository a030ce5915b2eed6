using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Recording;

namespace PaceLink.Cli.Tests.Commands;

public sealed class TraceCheckCommandTests : IDisposable
{
    private const string Header = """{"type":"header","format":"pacelink-trace","version":1,"started_utc":"2026-03-01T07:30:00Z","sensors":[{"id":"pod","kind":"rsc"}]}""";
    private const string Notify = """{"type":"notify","t":1.25,"sensor":"pod","char":"2a53","hex":"000004b4"}""";

    private readonly TraceFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void AHealthyTraceExitsZeroAndSaysSo()
    {
        var path = _files.Write("ok.jsonl", $"{Header}\n{Notify}\n");

        var (exit, stdout, stderr) = CliRun.Run("trace", "check", path);

        Assert.Equal(0, exit);
        Assert.Contains("2 lines, 1 records, 0 damaged", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void DamageIsListedWithLineNumbersAndTheFileIsLeftAloneWithoutRepair()
    {
        var text = $"{Header}\ngarbage\n{Notify}\n{{\"type\":\"no";
        var path = _files.Write("damaged.jsonl", text);

        var (exit, stdout, _) = CliRun.Run("trace", "check", path);

        Assert.Equal(1, exit);
        Assert.Contains("line 2: damaged: not JSON", stdout);
        Assert.Contains("line 4: damaged: the last line is cut off", stdout);
        Assert.Contains("--repair", stdout);
        Assert.Equal(text, File.ReadAllText(path));
        Assert.False(File.Exists(path + ".bak"));
    }

    [Fact]
    public void RepairDropsTheDamagedLinesKeepsABackupAndLeavesAHealthyTrace()
    {
        var text = $"{Header}\ngarbage\n{Notify}\n{{\"type\":\"no";
        var path = _files.Write("damaged.jsonl", text);

        var (exit, stdout, _) = CliRun.Run("trace", "check", path, "--repair");

        Assert.Equal(0, exit);
        Assert.Contains("repaired: kept 2 lines", stdout);
        Assert.Equal(text, File.ReadAllText(path + ".bak"));
        Assert.Equal($"{Header}\n{Notify}\n", File.ReadAllText(path));
        using var stream = File.OpenRead(path);
        var read = TraceReader.Read(stream);
        Assert.Empty(read.Warnings);
        Assert.Single(read.Trace!.Records);
        Assert.Equal(0, CliRun.Run("trace", "check", path).Exit);
    }

    [Fact]
    public void ASecondRepairKeepsTheFirstBackup()
    {
        var path = _files.Write("t.jsonl", $"{Header}\nnoise\n");
        File.WriteAllText(path + ".bak", "older backup");

        var (exit, stdout, _) = CliRun.Run("trace", "check", path, "--repair");

        Assert.Equal(0, exit);
        Assert.Equal("older backup", File.ReadAllText(path + ".bak"));
        Assert.Equal($"{Header}\nnoise\n", File.ReadAllText(path + ".bak.2"));
        Assert.Contains(".bak.2", stdout);
    }

    [Theory]
    [InlineData("hello world\n", "not a PaceLink trace")]
    [InlineData("""{"type":"header","format":"pacelink-trace","version":9}""" + "\n", "version 9 is not supported")]
    public void AFileThatIsNotATraceExitsTwoWithAClearMessageAndNoStackTrace(string text, string reason)
    {
        var path = _files.Write("other.jsonl", text);

        var (exit, stdout, stderr) = CliRun.Run("trace", "check", path, "--repair");

        Assert.Equal(2, exit);
        Assert.Contains(reason, stdout);
        Assert.Contains("nothing to repair", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void AMissingFileIsAClearErrorNotACrash()
    {
        var (exit, _, stderr) = CliRun.Run("trace", "check", _files.PathOf("absent.jsonl"));

        Assert.Equal(2, exit);
        Assert.Contains("cannot read", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void CheckWithoutAFileIsAUsageError()
    {
        var (exit, _, _) = CliRun.Run("trace", "check");

        Assert.NotEqual(0, exit);
    }
}
