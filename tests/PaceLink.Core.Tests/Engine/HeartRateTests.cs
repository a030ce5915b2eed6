using PaceLink.Core.Coaching;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class HeartRateTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static WorkoutPlan Plan() => WorkoutPresets.Intervals(1, Pace.FromSecondsPerKm(250), warmup: S(60), cooldown: S(60));

    // Rises 1 bpm a second during rep 1 (60-160 s), falls 1 bpm a second in the rest after it.
    private static int Bpm(double t) => t switch
    {
        < 60 => 120,
        <= 160 => 120 + (int)(t - 60) / 2,
        _ => Math.Max(100, 170 - (int)(t - 160)),
    };

    [Fact]
    public void EachRepReportsItsAverageAndMaximumHeartRate()
    {
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 400)).With(Runner.HeartRate(0, 400, Bpm)).Run(400);

        var rep1 = run.Summaries.Single(s => s is { Phase: Phase.Rep, Set: 1, Rep: 1 });
        var samples = Enumerable.Range(60, 100).Select(t => Bpm(t)).ToList(); // the sample at 160 s lands after the rep ended
        Assert.Equal(samples.Max(), rep1.MaxHeartRate);
        Assert.Equal((int)Math.Round(samples.Average(), MidpointRounding.AwayFromZero), rep1.AverageHeartRate);
    }

    [Fact]
    public void EachRestReportsTheHeartRateAtItsStartAndEnd()
    {
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 400)).With(Runner.HeartRate(0, 400, Bpm)).Run(400);

        var rest = run.Summaries.Single(s => s is { Phase: Phase.Rest, Rep: 1 });
        Assert.Equal((S(160), S(220)), (rest.StartedAt, rest.EndedAt));
        Assert.Equal(Bpm(159), rest.HeartRateAtStart);
        Assert.Equal(Bpm(220), rest.HeartRateAtEnd);
    }

    [Fact]
    public void SnapshotsCarryTheLatestHeartRate()
    {
        var run = new Session(Plan()).With(Runner.HeartRate(0, 30, _ => 133)).Run(30);

        Assert.Equal(133, run.Snapshots.Last().HeartRate);
    }
}
