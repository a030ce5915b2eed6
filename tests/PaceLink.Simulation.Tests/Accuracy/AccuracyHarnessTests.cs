using PaceLink.Simulation.Accuracy;

namespace PaceLink.Simulation.Tests.Accuracy;

public class AccuracyHarnessTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void EverySimulatedRepIsMeasuredAgainstItsTrueCrossing(double hz, bool totalDistance)
    {
        var report = AccuracyHarness.Run(new AccuracyScenario(hz, totalDistance), sessions: 1, firstSeed: 10);
        Assert.Equal(8, report.Reps.Count);
        // The cue comes within a second of the true crossing, and the split is off by about as much.
        Assert.All(report.Reps, r => Assert.InRange(r.CueErrorSeconds, -1, 1));
        Assert.All(report.Reps, r => Assert.InRange(r.SplitErrorSeconds - r.CueErrorSeconds, -0.5, 0.5));
    }

    [Fact]
    public void SameSeedMeasuresTheSameErrors()
    {
        var scenario = new AccuracyScenario(1, true);
        Assert.Equal(AccuracyHarness.RunSession(scenario, 4), AccuracyHarness.RunSession(scenario, 4));
    }

    [Fact]
    public void StatsTakeTheSizeForPercentilesAndTheSignForTheBias()
    {
        var stats = ErrorStats.Of([-0.4, 0.1, 0.2, 0.3, -0.1]);
        Assert.Equal(5, stats.Count);
        Assert.Equal(0.2, stats.Median, 9);
        Assert.Equal(0.4, stats.Max, 9);
        Assert.Equal(0.02, stats.Mean, 9);
        Assert.Equal(0.38, stats.P95, 9);
    }

    [Fact]
    public void TableHasOneLinePerScenario()
    {
        var reports = new[] { AccuracyHarness.Run(new AccuracyScenario(2, true), 1, 3) };
        var lines = AccuracyHarness.Format(reports).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("2 Hz, total distance", lines[1]);
    }
}
