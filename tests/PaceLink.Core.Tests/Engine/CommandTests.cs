using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class CommandTests
{
    private static readonly Pace FourTen = Pace.FromSecondsPerKm(250);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static WorkoutPlan Plan() => WorkoutPresets.Intervals(1, FourTen, warmup: S(60), cooldown: S(60));

    [Fact]
    public void LapEndsTheWarmupEarlyAndTheFirstRepStartsThen()
    {
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 200)).Command(20.5, CoachCommand.Lap).Run(200);

        Assert.Equal(
            [new PhaseStarted(S(0), Phase.Warmup, 0, 0), new PhaseStarted(S(20.5), Phase.Rep, 1, 1)],
            run.Phases.Take(2));
        Assert.DoesNotContain(run.Of<Countdown>(), c => c.At < S(20.5));
        Assert.Equal(S(120.5), run.Of<RepCompleted>().First().At);
    }

    [Fact]
    public void LapSkipsARestAndTheNextRepStartsAtOnce()
    {
        // rep 1 ends at 160 s; skip its rest 5 s later
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 400)).Command(165, CoachCommand.Lap).Run(400);

        Assert.Equal(new PhaseStarted(S(165), Phase.Rep, 1, 2), run.Phases.ElementAt(3));
        Assert.Equal(PhaseEnd.Lap, run.Summaries.Single(s => s.Phase == Phase.Rest && s.Rep == 1).EndedBy);
    }

    [Fact]
    public void LapInARepEndsItWithTheDistanceRunSoFar()
    {
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 400)).Command(110, CoachCommand.Lap).Run(400);

        var rep = run.Of<RepCompleted>().First();
        Assert.Equal((S(110), 1, 1, 50.0), (rep.At, rep.Set, rep.Rep, rep.SplitSeconds));
        Assert.Equal(200, rep.DistanceMetres, 9);
        Assert.Equal(new PhaseStarted(S(110), Phase.Rest, 1, 1), run.Phases.ElementAt(2));
    }

    [Fact]
    public void PauseFreezesTheRestClockUntilResume()
    {
        // rest 1 runs 160-220 s; a 20 s pause in it moves its end (and its countdowns) 20 s later
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 400))
            .Command(170, CoachCommand.Pause).Command(190, CoachCommand.Resume).Run(400);

        Assert.Equal(new PhaseStarted(S(240), Phase.Rep, 1, 2), run.Phases.ElementAt(3));
        Assert.Equal(S(230), run.Of<Countdown>().First(c => c.At > S(160)).At);
    }

    [Fact]
    public void PauseFreezesRepTimeAndDistance()
    {
        // paused 10 s in rep 1 (60-160 s) while the pod keeps counting: those 40 m and 10 s do not count
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 400))
            .Command(100, CoachCommand.Pause).Command(110, CoachCommand.Resume).Run(400);

        Assert.Equal(new RepCompleted(S(170), 1, 1, 100, 400), run.Of<RepCompleted>().First());
        var paused = run.Snapshots.Where(s => s.Paused).ToList();
        Assert.NotEmpty(paused);
        Assert.All(paused, s => Assert.Equal(160, s.RepDistanceMetres, 6));
    }

    [Fact]
    public void StopEndsTheWorkoutAndNothingFollows()
    {
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0, 400)).Command(130, CoachCommand.Stop).Run(400);

        Assert.Equal(new PhaseStarted(S(130), Phase.Done, 0, 0), run.Events.Last());
        Assert.Empty(run.Of<RepCompleted>());
        Assert.True(run.Snapshots.Last().Done);
    }
}
