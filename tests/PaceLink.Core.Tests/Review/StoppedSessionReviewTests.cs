using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Review;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Core.Tests.Support;

namespace PaceLink.Core.Tests.Review;

/// <summary>A session the runner stopped in a rep, replayed from its trace through the real engine.</summary>
public class StoppedSessionReviewTests
{
    // 60 s warm-up, then 400 m reps at 4:00/km (96 s) with rests of 60, 45 and 30 s.
    private static readonly WorkoutSettings Settings = new()
    {
        Workout = "10k",
        TargetPace = Pace.FromSecondsPerKm(240),
        Warmup = TimeSpan.FromMinutes(1),
        SetRest = TimeSpan.FromMinutes(1),
        Cooldown = TimeSpan.FromMinutes(1),
    };

    private static ReplayedSession StoppedAt(double seconds)
    {
        var runner = Runner.Steady(400 / 96.0);
        var (bytes, _) = LiveRecording.Record(Settings, runner.Pod(0, seconds, hz: 2), [(seconds, CoachCommand.Stop)], seconds + 5);
        var read = TraceReader.Read(new MemoryStream(bytes));
        Assert.True(read.Ok, read.Error);
        return TraceReview.Replay(read.Trace!, Settings);
    }

    [Fact]
    public void APartialRepIsNotCountedAndTheStopSaysWhere()
    {
        // Warm-up 60 s, rep 1 ends at 156 s, rest 60 s, rep 2 starts at 216 s: stopped 12.2 s into it.
        var review = StoppedAt(228.2).Analyze();

        var rep = Assert.Single(review.Reps);
        Assert.Equal((1, 1), (rep.Set, rep.Rep));
        Assert.False(rep.EndedByLap);
        Assert.Equal(1, review.Totals.RepCount);
        Assert.Equal(400, review.Totals.RepDistanceMetres, 3);
        var stop = Assert.IsType<SessionStop>(review.Stopped);
        Assert.Equal((Phase.Rep, 1, 2), (stop.Phase, stop.Set, stop.Rep));
        Assert.Equal(228.2, stop.At.TotalSeconds, 3);
        var summary = ReviewSummary.From(review, "10k");
        Assert.Equal(1, summary.Reps);
        Assert.Equal(stop, summary.Stopped);
    }

    [Fact]
    public void ASessionStoppedInARestKeepsEveryRepBeforeIt()
    {
        var review = StoppedAt(180).Analyze();

        Assert.Single(review.Reps);
        Assert.Equal((Phase.Rest, 1, 1), (review.Stopped!.Phase, review.Stopped.Set, review.Stopped.Rep));
    }
}
