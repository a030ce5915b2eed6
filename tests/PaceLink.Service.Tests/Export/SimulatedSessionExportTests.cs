using PaceLink.Core.Review;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Reports;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Export;

/// <summary>The exports of a whole simulated live session, read back from its trace.</summary>
public sealed class SimulatedSessionExportTests : IDisposable
{
    private readonly SimulatedSessionHarness _harness = new();
    private readonly SessionReview _review;

    public SimulatedSessionExportTests()
    {
        _harness.RunToEnd();
        var loaded = ReviewLoader.Load(_harness.TracePath);
        Assert.True(loaded.Ok, loaded.Error);
        _review = loaded.Session!.Analyze();
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void TheTcxOfASimulatedSessionIsValidAgainstTheSchema()
    {
        Assert.Empty(TcxWriterTests.Validate(TcxWriterTests.Tcx(_review)));
    }

    [Fact]
    public void TheTcxOfASimulatedSessionValidatesWithXmllintAgainstGarminsPublishedSchema()
    {
        var (exit, messages) = Xmllint.ValidateTcx(TcxWriterTests.Tcx(_review));

        Assert.True(exit == 0, messages);
        Assert.Contains("validates", messages);
    }

    [Fact]
    public void TheTcxLapsHaveTheFitLapDistancesAndNameTheirStep()
    {
        var tc = System.Xml.Linq.XNamespace.Get(PaceLink.Service.Export.Tcx.TcxWriter.Namespace);
        var tcx = System.Xml.Linq.XDocument.Load(new MemoryStream(TcxWriterTests.Tcx(_review)));
        var laps = tcx.Descendants(tc + "Lap").ToList();
        var fitLaps = FitReader.Read(FitActivityWriter.Write(_review)).Where(m => m.GlobalNumber == 19).ToList();

        Assert.Equal(fitLaps.Count, laps.Count);
        foreach (var (fit, tcxLap) in fitLaps.Zip(laps))
            Assert.Equal(fit[9]!.Value / 100.0, (double)tcxLap.Element(tc + "DistanceMeters")!, 9);
        Assert.Equal("Set 1 rep 2", laps.Select(l => (string?)l.Element(tc + "Notes")).Where(n => n!.StartsWith("Set 1 rep")).ElementAt(1));
        Assert.NotNull(tcx.Descendants(tc + "Creator").SingleOrDefault());
        Assert.Equal("PaceLink", (string?)tcx.Descendants(tc + "Author").Single().Element(tc + "Name"));
    }

    [Fact]
    public void TheFitOfASimulatedSessionReadsBackWithEveryRepSplit()
    {
        var laps = FitReader.Read(FitActivityWriter.Write(_review)).Where(m => m.GlobalNumber == 19 && m[23] == 0).ToList();

        Assert.Equal(_review.Reps.Select(r => Math.Round(r.SplitSeconds, 3)), laps.Select(l => l[7]!.Value / 1000.0));
    }
}
