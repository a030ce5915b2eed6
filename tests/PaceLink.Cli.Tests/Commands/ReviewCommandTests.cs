using System.Text.Json;
using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public sealed class ReviewCommandTests(TenKTrace recorded) : IClassFixture<TenKTrace>, IDisposable
{
    private readonly TempFolder _out = new("review-out");

    public void Dispose() => _out.Dispose();

    private (int Code, string Out, string Error) Run(params string[] args) =>
        CliRun.Run(["review", recorded.Trace.Path, "--db", _out.File("history.db"), .. args]);

    [Fact]
    public void JsonHasEveryRepWithItsTrueSplitAndEveryRestWithItsHeartRateDrop()
    {
        var (code, output, error) = Run("--json");

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        var reps = doc.RootElement.GetProperty("reps").EnumerateArray().ToList();
        Assert.Equal(8, reps.Count);
        foreach (var (rep, truth) in reps.Zip(recorded.Trace.Truth.Reps))
        {
            Assert.Equal(truth.Set, rep.GetProperty("set").GetInt32());
            Assert.Equal(truth.Rep, rep.GetProperty("rep").GetInt32());
            Assert.InRange(rep.GetProperty("split_s").GetDouble() - truth.SplitSeconds!.Value, -0.5, 0.5);
            Assert.Equal(rep.GetProperty("split_s").GetDouble() * 2.5, rep.GetProperty("avg_pace_s_per_km").GetDouble(), 1);
            Assert.True(rep.GetProperty("max_hr_bpm").GetInt32() >= rep.GetProperty("avg_hr_bpm").GetDouble());
        }
        var rests = doc.RootElement.GetProperty("rests").EnumerateArray().ToList();
        Assert.Equal(7, rests.Count);
        foreach (var (rest, truth) in rests.Zip(recorded.Trace.Truth.Rests))
        {
            Assert.Equal((truth.Set, truth.Rep), (rest.GetProperty("set").GetInt32(), rest.GetProperty("after_rep").GetInt32()));
            Assert.Equal((truth.EndAt!.Value - truth.StartAt).TotalSeconds, rest.GetProperty("duration_s").GetDouble(), 1);
            var drop = rest.GetProperty("hr_drop_bpm").GetInt32();
            Assert.Equal(rest.GetProperty("hr_start_bpm").GetInt32() - rest.GetProperty("hr_end_bpm").GetInt32(), drop);
            Assert.InRange(drop - (truth.HeartRateAtStart - truth.HeartRateAtEnd!.Value), -3, 3);
        }
    }

    [Fact]
    public void TheTableShowsRepsRestsRecoveryAndTotalsAsPlainText()
    {
        var (code, output, error) = Run();

        Assert.True(code == 0, error);
        Assert.DoesNotContain("\u001b[", output);
        foreach (var heading in new[] { "Reps", "Rests", "Recovery as rests shrink", "Totals", "between sets", "1:00 after rep 1", "45s after rep 2", "30s after rep 3" })
            Assert.Contains(heading, output);
    }

    [Fact]
    public void ChartAndHtmlAreWrittenAndTheSessionIsIndexed()
    {
        var png = _out.File("session.png");
        var html = _out.File("session.html");

        var (code, _, error) = Run("--json", "--chart", png, "--html", html);

        Assert.True(code == 0, error);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        Assert.True(new FileInfo(png).Length > 10_000);
        var page = File.ReadAllText(html);
        Assert.Contains("data:image/png;base64,iVBOR", page);
        Assert.DoesNotContain("http://", page.Replace("http://www.w3.org", ""));
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(page, "<tr( class=\"\\w+\")?><td>\\d</td><td>\\d</td><td>1:").Count);
        using var history = Service.History.SessionHistory.Open(_out.File("history.db"));
        Assert.Equal(8, Assert.Single(history.List()).Summary.Reps);
    }

    [Fact]
    public void AMissingTraceIsAClearErrorNotACrash()
    {
        var (code, _, error) = CliRun.Run("review", _out.File("nope.jsonl"), "--no-index");

        Assert.Equal(1, code);
        Assert.Contains("cannot open trace", error);
    }

    [Fact]
    public void AnUnwritableChartIsReportedAndTheReviewStillPrints()
    {
        var (code, output, error) = Run("--json", "--no-index", "--chart", Path.Combine(_out.Path, "missing-folder", "x.png"));

        Assert.Equal(1, code);
        Assert.Contains("cannot write the chart", error);
        Assert.StartsWith("{", output);
    }
}
