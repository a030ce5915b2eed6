using System.Text.Json;
using PaceLink.Core.Review;
using PaceLink.Core.Units;
using PaceLink.Service.Reports;
using PaceLink.Views.Reports;

namespace PaceLink.Service.Tests.Reports;

public class ReviewReportTests
{
    private static readonly ScriptedSession Script = new ScriptedSession()
        .Warmup(60, 3)
        .Set(1, speed: 4.2, peakHeartRate: 170, setRestSeconds: 180)
        .Set(2, speed: 4.1, peakHeartRate: 172, setRestSeconds: null)
        .Cooldown(60, 2.5);

    private static readonly SessionReview Review = SessionAnalyzer.Analyze(Script.ToInput(target: (_, _) => Pace.FromSecondsPerKm(240)));

    [Fact]
    public void JsonCarriesTheContractFieldsOfEveryRepAndRest()
    {
        using var doc = JsonDocument.Parse(ReviewJson.Serialize(Review, "10k"));
        var root = doc.RootElement;

        var reps = root.GetProperty("reps").EnumerateArray().ToList();
        Assert.Equal(8, reps.Count);
        foreach (var name in new[] { "set", "rep", "split_s", "avg_pace_s_per_km", "avg_hr_bpm", "max_hr_bpm" })
            Assert.All(reps, r => Assert.True(r.TryGetProperty(name, out _), name));
        Assert.Equal(400 / 4.2, reps[0].GetProperty("split_s").GetDouble(), 3);
        Assert.Equal(400 / 4.2 - 96, reps[0].GetProperty("deviation_s").GetDouble(), 3);
        var rests = root.GetProperty("rests").EnumerateArray().ToList();
        Assert.Equal(7, rests.Count);
        foreach (var name in new[] { "set", "after_rep", "duration_s", "hr_start_bpm", "hr_end_bpm", "hr_drop_bpm" })
            Assert.All(rests, r => Assert.True(r.TryGetProperty(name, out _), name));
        Assert.Equal(Review.Rests[0].HeartRateDrop, rests[0].GetProperty("hr_drop_bpm").GetInt32());
        Assert.Equal(8, root.GetProperty("totals").GetProperty("reps").GetInt32());
    }

    [Fact]
    public void TheChartIsAPngOfTheRequestedSize()
    {
        var png = ReviewCharts.Png(Review, 800, 300);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // Width and height are the big-endian words of the IHDR chunk.
        Assert.Equal(800, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(300, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
    }

    [Fact]
    public void TheSvgChartNamesTheTargetPace()
    {
        var svg = ReviewCharts.Svg(Review);

        Assert.Contains("<svg", svg);
        Assert.Contains("target 4:00/km", svg);
    }

    [Fact]
    public void TheHtmlReportIsOneSelfContainedFile()
    {
        var html = HtmlReport.Build(Review, "10k <test>");

        Assert.Contains("<img alt=\"pace and heart rate over time\" src=\"data:image/png;base64,iVBOR", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("10k &lt;test&gt;", html);
        Assert.Contains("<caption>Reps</caption>", html);
        Assert.Contains("<td>" + ReviewFormat.Split(Review.Reps[0].SplitSeconds) + "</td>", html);
    }

    [Theory]
    [InlineData(95.24, "1:35.2")]
    [InlineData(58.26, "58.3")]
    [InlineData(59.96, "1:00.0")]
    public void SplitsReadAsMinutesSecondsAndTenths(double seconds, string text)
    {
        Assert.Equal(text, ReviewFormat.Split(seconds));
    }
}
