using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Review;
using PaceLink.Core.Units;

namespace PaceLink.Core.Tests.Review;

public class SessionAnalyzerTests
{
    private static ScriptedSession TwoSets() => new ScriptedSession()
        .Warmup(120, 3.0)
        .Set(1, speed: 4.20, peakHeartRate: 170, setRestSeconds: 210)
        .Set(2, speed: 4.10, peakHeartRate: 174, setRestSeconds: null)
        .Cooldown(120, 2.8);

    [Fact]
    public void EveryRepIsReportedWithItsTrueSplitAndPace()
    {
        var script = TwoSets();
        var review = SessionAnalyzer.Analyze(script.ToInput());

        Assert.Equal(script.TrueSplits.Select(s => (s.Set, s.Rep)), review.Reps.Select(r => (r.Set, r.Rep)));
        foreach (var (rep, truth) in review.Reps.Zip(script.TrueSplits))
        {
            Assert.Equal(truth.Split, rep.SplitSeconds, 3);
            Assert.Equal(truth.Split * 2.5, rep.AveragePaceSecondsPerKm, 3);
            Assert.False(rep.EndedByLap);
        }
    }

    [Fact]
    public void RestHeartRateDropIsWhatTheStrapSentAtTheStartAndEndOfTheRest()
    {
        var script = TwoSets();
        var review = SessionAnalyzer.Analyze(script.ToInput());

        Assert.Equal(7, review.Rests.Count);
        foreach (var rest in review.Rests)
        {
            var start = rest.Start.TotalSeconds;
            var end = start + rest.DurationSeconds;
            Assert.Equal(script.SentHeartRate(start), rest.HeartRateAtStart);
            Assert.Equal(script.SentHeartRate(end), rest.HeartRateAtEnd);
            Assert.Equal(script.SentHeartRate(start) - script.SentHeartRate(end), rest.HeartRateDrop);
            Assert.True(rest.HeartRateDrop > 5);
        }
    }

    [Fact]
    public void RestsAreNumberedAfterTheRepTheyFollowAndTellShortFromSetRests()
    {
        var review = SessionAnalyzer.Analyze(TwoSets().ToInput());

        Assert.Equal(
            [(1, 1, Phase.Rest, 60), (1, 2, Phase.Rest, 45), (1, 3, Phase.Rest, 30), (1, 4, Phase.SetRest, 210),
             (2, 1, Phase.Rest, 60), (2, 2, Phase.Rest, 45), (2, 3, Phase.Rest, 30)],
            review.Rests.Select(r => (r.Set, r.AfterRep, r.Kind, r.NominalSeconds)));
    }

    [Fact]
    public void RecoveryShrinksFrom60To45To30SecondRests()
    {
        var review = SessionAnalyzer.Analyze(TwoSets().ToInput());

        var byRest = review.Recovery.ByRest;
        Assert.Equal([60.0, 45.0, 30.0], byRest.Select(r => Math.Round(r.TypicalSeconds)));
        Assert.All(byRest, r => Assert.Equal(2, r.Count));
        Assert.True(byRest[0].AverageDrop > byRest[1].AverageDrop);
        Assert.True(byRest[1].AverageDrop > byRest[2].AverageDrop);
        Assert.Equal([1, 2], review.Recovery.BySet.Select(s => s.Set));
        Assert.NotNull(review.Recovery.BySet[0].SetRestDrop);
        Assert.Null(review.Recovery.BySet[1].SetRestDrop);
    }

    [Fact]
    public void DeviationFromTargetIsInSecondsAndPercentOfTheTargetSplit()
    {
        var script = new ScriptedSession().Warmup(10, 3).Rep(1, 1, speed: 400.0 / 100, peakHeartRate: 170);
        var review = SessionAnalyzer.Analyze(script.ToInput(target: (_, _) => Pace.FromSecondsPerKm(240)));

        var rep = Assert.Single(review.Reps);
        Assert.Equal(96, rep.TargetSplitSeconds!.Value, 6);
        Assert.Equal(4, rep.DeviationSeconds!.Value, 6);
        Assert.Equal(4.0 / 96 * 100, rep.DeviationPercent!.Value, 6);
        Assert.Equal(240, review.TargetPaceSecondsPerKm!.Value, 6);
    }

    [Fact]
    public void RepHeartRateCadenceAndStrideComeFromTheRepItself()
    {
        var script = new ScriptedSession().Warmup(30, 3).Rep(1, 1, speed: 4, peakHeartRate: 170).Rest(1, 1, 60);
        var rep = Assert.Single(SessionAnalyzer.Analyze(script.ToInput()).Reps);

        var sent = Enumerable.Range(30, 101).Select(t => (double)script.SentHeartRate(t)).ToList();
        Assert.Equal(sent.Average(), rep.AverageHeartRate!.Value, 6);
        Assert.Equal(170, rep.MaxHeartRate);
        Assert.Equal(180, rep.AverageCadence!.Value, 6);
        Assert.Equal(4.0 * 60 / 180, rep.AverageStrideMetres!.Value, 2);
    }

    [Fact]
    public void TotalsCarryDistanceTimeAndTheSpreadOfSplits()
    {
        var script = TwoSets();
        var review = SessionAnalyzer.Analyze(script.ToInput());

        var splits = script.TrueSplits.Select(s => s.Split).ToList();
        var mean = splits.Average();
        var sd = Math.Sqrt(splits.Sum(s => (s - mean) * (s - mean)) / (splits.Count - 1));
        Assert.Equal(8, review.Totals.RepCount);
        Assert.Equal(3200, review.Totals.RepDistanceMetres, 3);
        Assert.Equal(mean, review.Totals.AverageSplitSeconds!.Value, 6);
        Assert.Equal(sd, review.Totals.SplitSpreadSeconds!.Value, 6);
        Assert.Equal(splits.Max() - splits.Min(), review.Totals.SplitRangeSeconds!.Value, 6);
        Assert.Equal(script.TrueDistance, review.Totals.DistanceMetres, 0);
    }

    [Fact]
    public void ARepEndedWithALapKeepsItsPhaseDurationAndMeasuredDistance()
    {
        var events = new CoachingEvent[]
        {
            new PhaseStarted(TimeSpan.Zero, Phase.Rep, 1, 1),
            new PhaseStarted(TimeSpan.FromSeconds(50), Phase.Rest, 1, 1),
        };
        var script = new ScriptedSession().Rep(1, 1, speed: 4, peakHeartRate: 160).Rest(1, 1, 20);
        var input = script.ToInput() with { Events = events };

        var rep = Assert.Single(SessionAnalyzer.Analyze(input).Reps);
        Assert.True(rep.EndedByLap);
        Assert.Equal(50, rep.SplitSeconds, 6);
        Assert.Equal(200, rep.DistanceMetres, 1);
    }

    [Fact]
    public void ARepCutShortByTheEndOfTheSessionIsNotARep()
    {
        // Stopped 12.2 s into rep 2: the engine says done without a rep-complete for it.
        var script = new ScriptedSession().Rep(1, 1, speed: 4, peakHeartRate: 160).Rest(1, 1, 60);
        var events = script.Events().Where(e => e is not PhaseStarted { Phase: Phase.Done })
            .Append(new PhaseStarted(TimeSpan.FromSeconds(160), Phase.Rep, 1, 2))
            .Append(new PhaseStarted(TimeSpan.FromSeconds(172.2), Phase.Done, 0, 0))
            .ToList();
        var input = script.ToInput() with { Events = events };

        var review = SessionAnalyzer.Analyze(input);

        var rep = Assert.Single(review.Reps);
        Assert.Equal((1, 1), (rep.Set, rep.Rep));
        Assert.Equal(1, review.Totals.RepCount);
        Assert.Equal(100, review.Totals.AverageSplitSeconds!.Value, 6);
        Assert.Equal(1, ReviewSummary.From(review, "10k").Reps);
    }

    [Fact]
    public void ASessionStoppedEarlySaysWhereAndWhen()
    {
        var stop = new SessionStop(Phase.Rep, 1, 2, TimeSpan.FromSeconds(172.2));
        var input = new ScriptedSession().Rep(1, 1, speed: 4, peakHeartRate: 160).ToInput() with { Stopped = stop };

        var review = SessionAnalyzer.Analyze(input);

        Assert.Equal(stop, review.Stopped);
        Assert.Equal(stop, ReviewSummary.From(review, "10k").Stopped);
        Assert.Null(SessionAnalyzer.Analyze(input with { Stopped = null }).Stopped);
    }

    [Fact]
    public void ASessionWithoutSamplesOrEventsGivesAnEmptyReview()
    {
        var review = SessionAnalyzer.Analyze(new SessionInput(DateTimeOffset.UnixEpoch, [], SessionSamples.Empty));

        Assert.Empty(review.Reps);
        Assert.Empty(review.Rests);
        Assert.Null(review.Totals.AverageSplitSeconds);
        Assert.Single(review.Timeline);
    }
}
