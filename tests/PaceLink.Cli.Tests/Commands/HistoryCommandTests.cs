using System.Text.Json;
using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public sealed class HistoryCommandTests(TenKTrace recorded) : IClassFixture<TenKTrace>, IDisposable
{
    private readonly TempFolder _folder = new("history-cli");
    private string Db => _folder.File("history.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnEmptyHistorySaysHowToFillIt()
    {
        var (code, output, _) = CliRun.Run("history", "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("No sessions yet", output);
    }

    [Fact]
    public void AddedTracesAreListedWithTheirSplitsPerSetAndWeeklyTrends()
    {
        var (code, output, error) = CliRun.Run("history", "--db", Db, "--add", recorded.Trace.Path, "--json");

        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var session = Assert.Single(root.GetProperty("sessions").EnumerateArray().ToList());
        Assert.Equal(8, session.GetProperty("reps").GetInt32());
        Assert.Equal("10k", session.GetProperty("workout").GetString());
        var truth = recorded.Trace.Truth.Reps;
        var sets = session.GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(2, sets.Count);
        Assert.InRange(sets[0].GetProperty("avg_split_s").GetDouble() - truth.Where(r => r.Set == 1).Average(r => r.SplitSeconds!.Value), -0.3, 0.3);
        var week = Assert.Single(root.GetProperty("weeks").EnumerateArray().ToList());
        Assert.Equal("2026-W45", week.GetProperty("week").GetString());
        Assert.Equal(3, week.GetProperty("recovery").GetArrayLength());
    }

    [Fact]
    public void TheTablesListSessionsAndTrends()
    {
        CliRun.Run("history", "--db", Db, "--add", recorded.Trace.Path);

        var (code, output, _) = CliRun.Run("history", "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("Sessions", output);
        Assert.Contains("Weekly trends", output);
        Assert.Contains("2026-11-02 07:00", output);
        Assert.Contains("Drop after rep 3", output);
    }

    [Fact]
    public void ABadTraceIsReportedAndTheOthersAreStillListed()
    {
        var bad = _folder.File("bad.jsonl");
        File.WriteAllText(bad, "not a trace\n");

        var (code, output, error) = CliRun.Run("history", "--db", Db, "--add", bad, recorded.Trace.Path, "--json");

        Assert.Equal(1, code);
        Assert.Contains("not a PaceLink trace", error);
        Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("sessions").EnumerateArray().ToList());
    }
}
