using System.Text.Json;
using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Coaching;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>
/// A simulated 10k stopped 14 s into rep 2 (warm-up 60 s, rep 1 about 96 s, rest 60 s): the session,
/// its review and its history entry all say stopped, and the unfinished rep is no rep.
/// </summary>
public sealed class StoppedSessionTests : IDisposable
{
    private readonly TempFolder _folder = new("stopped");
    private readonly SimulatedTrace _stopped;

    public StoppedSessionTests() => _stopped = SimulatedTraces.StoppedTenK(_folder.Path, TimeSpan.FromSeconds(230));

    public void Dispose() => _folder.Dispose();

    private string Db => _folder.File("history.db");

    [Fact]
    public void TheSessionIsMarkedStoppedWithWhereAndWhenAndNoPraise()
    {
        var summary = _stopped.Summary;

        Assert.False(summary.Completed);
        var stop = Assert.IsType<PaceLink.Core.Engine.SessionStop>(summary.Stopped);
        Assert.Equal((Phase.Rep, 1, 2), (stop.Phase, stop.Set, stop.Rep));
        Assert.Equal(230, stop.At.TotalSeconds, 1);
        var rep = Assert.Single(summary.Reps);
        Assert.Equal((1, 1), (rep.Set, rep.Rep));
        var lines = summary.Describe().ToList();
        Assert.Contains("Stopped after 1 rep, in set 1 rep 2 at 3:50", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Well run") || l.Contains("complete"));
    }

    [Fact]
    public void TheReviewHasNoPartialRep()
    {
        var (code, output, error) = CliRun.Run("review", _stopped.Path, "--json");

        Assert.True(code == 0, error);
        var reps = JsonDocument.Parse(output).RootElement.GetProperty("reps").EnumerateArray().ToList();
        var rep = Assert.Single(reps);
        Assert.Equal(400, rep.GetProperty("distance_m").GetDouble(), 0);
        Assert.False(rep.GetProperty("ended_by_lap").GetBoolean());
    }

    [Fact]
    public void TheHistoryShowsItApartAndKeepsItOutOfTheTrendsUnlessAll()
    {
        var finished = SimulatedTraces.TenK(_folder.Path);
        Assert.Equal(0, CliRun.Run("history", "--db", Db, "--add", finished.Path, _stopped.Path).Exit);

        var json = JsonDocument.Parse(CliRun.Run("history", "--db", Db, "--json").Out).RootElement;
        var sessions = json.GetProperty("sessions").EnumerateArray().ToList();
        var stopped = Assert.Single(sessions, s => s.GetProperty("stopped").ValueKind == JsonValueKind.Object).GetProperty("stopped");
        Assert.Equal("rep", stopped.GetProperty("phase").GetString());
        Assert.Equal(2, stopped.GetProperty("rep").GetInt32());
        Assert.Equal(1, Assert.Single(json.GetProperty("weeks").EnumerateArray().ToList()).GetProperty("sessions").GetInt32());
        var all = JsonDocument.Parse(CliRun.Run("history", "--db", Db, "--json", "--all").Out).RootElement;
        Assert.Equal(2, Assert.Single(all.GetProperty("weeks").EnumerateArray().ToList()).GetProperty("sessions").GetInt32());

        var table = CliRun.Run("history", "--db", Db).Out;
        Assert.Contains("Stopped early", table);
        Assert.Contains("set 1 rep 2 at 3:50", table);
    }
}
