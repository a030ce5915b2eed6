using PaceLink.Core.Coaching;
using PaceLink.Core.Review;
using PaceLink.Service.Reports;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Reports;

/// <summary>A whole simulated 10k session, recorded live, then reviewed from its trace and checked against the simulator's truth.</summary>
public sealed class ReviewAgainstSimulatorTests : IClassFixture<ReviewAgainstSimulatorTests.RecordedSession>
{
    public sealed class RecordedSession : IDisposable
    {
        private readonly SimulatedSessionHarness _harness = new();

        public RecordedSession()
        {
            _harness.RunToEnd();
            var loaded = ReviewLoader.Load(_harness.TracePath);
            Assert.True(loaded.Ok, loaded.Error);
            Review = loaded.Session!.Analyze();
        }

        public Simulation.Runner.RunnerTruth Truth => _harness.Source.Run.Truth;
        public SessionReview Review { get; }
        public void Dispose() => _harness.Dispose();
    }

    private readonly RecordedSession _session;
    public ReviewAgainstSimulatorTests(RecordedSession session) => _session = session;

    private Simulation.Runner.RunnerTruth Truth => _session.Truth;

    [Fact]
    public void EverySplitIsTheRunnersTrueSplitWithinHalfASecond()
    {
        var reps = _session.Review.Reps;
        Assert.Equal(8, reps.Count);
        Assert.Equal(Truth.Reps.Select(r => (r.Set, r.Rep)), reps.Select(r => (r.Set, r.Rep)));
        foreach (var (rep, truth) in reps.Zip(Truth.Reps))
            Assert.InRange(rep.SplitSeconds - truth.SplitSeconds!.Value, -0.5, 0.5);
    }

    [Fact]
    public void TheHeartRateDropInEveryRestIsTheTrueDropWithinThreeBeats()
    {
        var rests = _session.Review.Rests;
        Assert.Equal(Truth.Rests.Count, rests.Count);
        Assert.Equal(7, rests.Count);
        foreach (var (rest, truth) in rests.Zip(Truth.Rests))
        {
            Assert.Equal((truth.Set, truth.Rep, truth.BetweenSets), (rest.Set, rest.AfterRep, rest.Kind == Phase.SetRest));
            var trueDrop = truth.HeartRateAtStart - truth.HeartRateAtEnd!.Value;
            Assert.InRange(rest.HeartRateDrop!.Value - trueDrop, -3, 3);
            Assert.InRange(rest.HeartRateAtStart!.Value - truth.HeartRateAtStart, -2, 2);
            Assert.InRange(rest.DurationSeconds - (truth.EndAt!.Value - truth.StartAt).TotalSeconds, -0.01, 0.01);
        }
    }

    [Fact]
    public void RecoveryIsReportedFor60And45And30SecondRests()
    {
        var byRest = _session.Review.Recovery.ByRest;

        Assert.Equal([60.0, 45.0, 30.0], byRest.Select(r => Math.Round(r.TypicalSeconds)));
        Assert.All(byRest, r => Assert.True(r.AverageDrop > 0));
        Assert.True(byRest[0].AverageDrop > byRest[2].AverageDrop, "a 60 s rest recovers more than a 30 s one");
    }

    [Fact]
    public void TotalDistanceIsTheTrueDistanceWithinOnePercent()
    {
        var review = _session.Review;
        var trueDistance = Truth.DistanceAt(TimeSpan.FromSeconds(review.Totals.DurationSeconds));

        Assert.InRange(review.Totals.DistanceMetres / trueDistance, 0.99, 1.01);
        Assert.Equal(3200, review.Totals.RepDistanceMetres, 0);
    }
}
