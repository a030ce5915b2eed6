using PaceLink.Core.Review;
using PaceLink.Core.Units;
using PaceLink.Service.Reports;
using PaceLink.Views.Reports;

namespace PaceLink.Service.Tests.Reports;

/// <summary>Slow and fast reps marked, the title says what was run, a session without reps says so, chart files honour their name.</summary>
public class ReportMarksTests
{
    // Set 1 at 4.0 m/s (100 s, 4 s slow), set 2 at 4.3 m/s (93 s, 3 s fast) against 4:00/km (96 s).
    private static readonly SessionReview Review = SessionAnalyzer.Analyze(new ScriptedSession()
        .Warmup(60, 3)
        .Set(1, speed: 4.0, peakHeartRate: 170, setRestSeconds: 180)
        .Set(2, speed: 4.3, peakHeartRate: 172, setRestSeconds: null)
        .Cooldown(60, 2.5)
        .ToInput(target: (_, _) => Pace.FromSecondsPerKm(240)));

    private static readonly SessionReview NoReps = SessionAnalyzer.Analyze(new ScriptedSession().Warmup(120, 3).ToInput(target: (_, _) => Pace.FromSecondsPerKm(240)));

    [Fact]
    public void TheHtmlReportShadesSlowAndFastRepsAndShowsRecoveryAcrossSets()
    {
        var html = HtmlReport.Build(Review, "10k");
        Assert.Equal(4, Count(html, "<tr class=\"slow\">"));
        Assert.Equal(4, Count(html, "<tr class=\"fast\">"));
        Assert.Contains("<td class=\"slow\">+4.0 s</td>", html);
        Assert.Contains("<caption>Recovery across sets</caption>", html);
    }

    [Fact]
    public void TheTitleNamesTheWorkoutAndTheTargetPace()
    {
        Assert.Equal("10k — 2026-11-02 07:00 UTC — target 4:00/km", ReviewMarks.Title(Review, "10k"));
        Assert.Contains("<h1>10k — 2026-11-02 07:00 UTC — target 4:00/km</h1>", HtmlReport.Build(Review, "10k"));
    }

    [Fact]
    public void ASessionWithoutRepsSaysSoInsteadOfEmptyTables()
    {
        var html = HtmlReport.Build(NoReps, "10k");
        Assert.Contains(ReviewMarks.NoReps, html);
        Assert.DoesNotContain("<caption>Reps</caption>", html);
        Assert.DoesNotContain("<caption>Rests</caption>", html);
        Assert.Contains("<caption>Totals</caption>", html);
    }

    [Theory]
    [InlineData("chart.jpg", new byte[] { 0xFF, 0xD8 })]
    [InlineData("chart.PNG", new byte[] { 0x89, (byte)'P' })]
    [InlineData("chart.svg", new byte[] { (byte)'<' })]
    public void AChartFileIsWrittenInTheFormatItsNameSays(string name, byte[] magic)
    {
        var bytes = ReviewCharts.ForFile(Review, "10k", name, out var error);
        Assert.Equal("", error);
        Assert.Equal(magic, bytes![..magic.Length]);
    }

    [Fact]
    public void AChartFileWithAnotherExtensionIsRefused()
    {
        Assert.Null(ReviewCharts.ForFile(Review, "10k", "chart.gif", out var error));
        Assert.Equal("charts are written as .png, .jpg, .jpeg, .webp, .bmp, .svg, not '.gif'", error);
    }

    [Fact]
    public void TheTargetLineStaysOnTheAxisWhenEveryRepIsSlower()
    {
        var slow = SessionAnalyzer.Analyze(new ScriptedSession().Warmup(60, 3).Set(1, speed: 3.3, peakHeartRate: 170, setRestSeconds: null)
            .Cooldown(60, 2.5).ToInput(target: (_, _) => Pace.FromSecondsPerKm(200)));
        var (slowest, fastest) = ReviewCharts.PaceAxis(slow);
        Assert.InRange(200, fastest, slowest);
    }

    [Fact]
    public void PaceIsDrawnInsideRepsOnlySoRestsAreGaps()
    {
        var reps = Review.Laps.Where(l => l.Span.Phase == Core.Coaching.Phase.Rep).ToList();
        var (slowest, fastest) = ReviewCharts.PaceAxis(Review);
        var drawn = ReviewCharts.RepStretches(Review.Timeline, reps, slowest, fastest).SelectMany(s => s).ToList();
        Assert.NotEmpty(drawn);
        Assert.All(drawn, row => Assert.Contains(reps, l => row.Second >= l.Start.TotalSeconds && row.Second <= (l.Start + l.Span.Duration).TotalSeconds));
        Assert.All(drawn, row => Assert.InRange(row.PaceSecondsPerKm!.Value, fastest, slowest));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
