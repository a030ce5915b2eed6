using PaceLink.Core.Review;

namespace PaceLink.Core.Tests.Review;

public class RunnerProfileTests
{
    [Fact]
    public void TheMensEquationGivesKeytelsEnergyPerMinute()
    {
        // (−55.0969 + 0.6309 × 150 + 0.1988 × 70 + 0.2017 × 35) kJ/min = 60.5136 kJ/min = 14.463 kcal/min.
        Assert.Equal(14.463, new RunnerProfile(RunnerSex.Male, 35, 70).KilocaloriesPerMinute(150), 3);
    }

    [Fact]
    public void TheWomensEquationGivesKeytelsEnergyPerMinute()
    {
        // (−20.4022 + 0.4472 × 150 − 0.1263 × 60 + 0.074 × 30) kJ/min = 41.3198 kJ/min = 9.876 kcal/min.
        Assert.Equal(9.876, new RunnerProfile(RunnerSex.Female, 30, 60).KilocaloriesPerMinute(150), 3);
    }

    [Fact]
    public void ARestingHeartRateWhereTheEquationGoesBelowZeroCountsNothing()
    {
        Assert.Equal(0, new RunnerProfile(RunnerSex.Male, 35, 70).KilocaloriesPerMinute(50));
    }

    [Fact]
    public void TheLapsShareTheSessionsSecondsSoTheyAddUpToTheWholeTimeline()
    {
        var review = SessionAnalyzer.Analyze(new ScriptedSession().Warmup(30, 3).Rep(1, 1, speed: 4, peakHeartRate: 170).Rest(1, 1, 60).ToInput());
        var runner = new RunnerProfile(RunnerSex.Female, 40, 55);

        var laps = review.Laps.Sum(l => runner.Kilocalories(review, l));
        var inside = review.Timeline.Where(r => r.Second < review.Totals.DurationSeconds && r.HeartRate is not null)
            .Sum(r => runner.KilocaloriesPerMinute(r.HeartRate!.Value) / 60);

        Assert.True(laps > 5, $"{laps} kcal");
        Assert.Equal(inside, laps, 6);
    }
}
