using PaceLink.Core.Review;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Reports;
using PaceLink.Service.Tests.Support;
using PaceLink.Tests.Support;

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
    public void TheFitOfASimulatedSessionReadsBackWithEveryRepSplit()
    {
        var laps = FitReader.Read(FitActivityWriter.Write(_review)).Where(m => m.GlobalNumber == 19 && m[23] == 0).ToList();

        Assert.Equal(_review.Reps.Select(r => Math.Round(r.SplitSeconds, 3)), laps.Select(l => l[7]!.Value / 1000.0));
    }
}
