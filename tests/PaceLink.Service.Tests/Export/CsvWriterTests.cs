using System.Globalization;
using PaceLink.Core.Review;
using PaceLink.Service.Export.Csv;

namespace PaceLink.Service.Tests.Export;

public class CsvWriterTests
{
    private static readonly ScriptedSession Script = new ScriptedSession()
        .Warmup(30, 3)
        .Rep(1, 1, speed: 4, peakHeartRate: 170)
        .Rest(1, 1, 60);

    private static string[] Lines()
    {
        var text = new StringWriter();
        CsvWriter.Write(SessionAnalyzer.Analyze(Script.ToInput()), text);
        return text.ToString().TrimEnd('\n').Split('\n');
    }

    [Fact]
    public void ThereIsOneRowPerSecondAfterTheHeader()
    {
        var lines = Lines();

        Assert.Equal(CsvWriter.Header, lines[0]);
        Assert.Equal(30 + 100 + 60 + 1, lines.Length - 1);
        Assert.Equal(Enumerable.Range(0, lines.Length - 1).Select(i => i.ToString(CultureInfo.InvariantCulture)), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines, l => Assert.Equal(10, l.Split(',').Length));
    }

    [Fact]
    public void ARowCarriesPhaseSetRepDistanceSpeedPaceCadenceAndHeartRate()
    {
        var cells = Lines()[1 + 80].Split(',');

        Assert.Equal("2026-11-02T07:01:20.000Z", cells[1]);
        Assert.Equal(["rep", "1", "1"], cells[2..5]);
        Assert.Equal(Script.Distance(80), double.Parse(cells[5], CultureInfo.InvariantCulture), 1);
        Assert.Matches(@"^\d+\.\d{2}$", cells[5]); // centimetres, as the FIT records
        Assert.Equal("4.000", cells[6]);
        Assert.Equal("250.0", cells[7]);
        Assert.Equal("180", cells[8]);
        Assert.Equal(Script.SentHeartRate(80).ToString(CultureInfo.InvariantCulture), cells[9]);
    }

    [Fact]
    public void StandingInARestLeavesThePaceEmpty()
    {
        var cells = Lines()[1 + 170].Split(',');

        Assert.Equal("rest", cells[2]);
        Assert.Equal("0.000", cells[6]);
        Assert.Equal("", cells[7]);
    }
}
