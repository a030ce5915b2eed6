using PaceLink.Core.Coaching;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class WorkoutStructureTests
{
    private static readonly Pace FourTen = Pace.FromSecondsPerKm(250); // 4 m/s: a 400 m rep takes exactly 100 s

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    /// <summary>Phase starts the plan should produce for a runner at 4 m/s, worked out from the durations alone.</summary>
    private static List<PhaseStarted> ExpectedPhases(WorkoutPlan plan)
    {
        var expected = new List<PhaseStarted>();
        var t = 0.0;
        foreach (var step in plan.Steps)
        {
            expected.Add(new PhaseStarted(S(t), step.Phase, step.Set, step.Rep));
            t += step.Duration?.TotalSeconds ?? step.DistanceMetres!.Value / 4;
        }
        expected.Add(new PhaseStarted(S(t), Phase.Done, 0, 0));
        return expected;
    }

    [Fact]
    public void WholeTenKRunsWarmupTwoSetsOfFourRepsAndCooldownExactlyOnTime()
    {
        var plan = WorkoutPresets.Intervals(2, FourTen);
        var total = 900 + 8 * 100 + 2 * (60 + 45 + 30) + 210 + 600;
        var run = new Session(plan).With(Runner.Steady(4).Pod(0, total)).Run(total + 10);

        Assert.Equal(ExpectedPhases(plan), run.Phases);
        Assert.Equal(total, run.Phases.Last().At.TotalSeconds);
        Assert.Equal(8, run.Of<RepCompleted>().Count());
        Assert.All(run.Of<RepCompleted>(), r => Assert.Equal(100.0, r.SplitSeconds, 6));
        Assert.All(run.Of<RepCompleted>(), r => Assert.Equal(400.0, r.DistanceMetres));
    }

    [Fact]
    public void HalfRunsThreeSetsWithSetRestsBetweenThem()
    {
        var plan = WorkoutPresets.Intervals(3, FourTen);
        var total = 900 + 12 * 100 + 3 * 135 + 2 * 210 + 600;
        var run = new Session(plan).With(Runner.Steady(4).Pod(0, total)).Run(total + 10);

        Assert.Equal(ExpectedPhases(plan), run.Phases);
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3], run.Of<RepCompleted>().Select(r => r.Set));
        Assert.Equal(2, run.Phases.Count(p => p.Phase == Phase.SetRest));
    }

    [Fact]
    public void RestShrinksFrom60To45To30WithinASet()
    {
        var plan = WorkoutPresets.Intervals(1, FourTen, warmup: S(60), cooldown: S(60));
        var run = new Session(plan).With(Runner.Steady(4).Pod(0, 800)).Run(800);

        var phases = run.Phases.ToList();
        var rests = phases.Select((p, i) => (p, next: i + 1 < phases.Count ? phases[i + 1] : null))
            .Where(x => x.p.Phase == Phase.Rest)
            .Select(x => (x.next!.At - x.p.At).TotalSeconds);
        Assert.Equal([60.0, 45.0, 30.0], rests);
        Assert.Equal([1, 2, 3], phases.Where(p => p.Phase == Phase.Rest).Select(p => p.Rep));
    }

    [Fact]
    public void CountdownsAt10And5To1BeforeTheEndOfTheWarmupThenGo()
    {
        var plan = WorkoutPresets.Intervals(1, FourTen, warmup: S(60), cooldown: S(60));
        var run = new Session(plan).With(Runner.Steady(4).Pod(0, 70)).Run(61);

        CoachingEvent[] expected =
        [
            new PhaseStarted(S(0), Phase.Warmup, 0, 0),
            new Countdown(S(50), 10),
            new Countdown(S(55), 5),
            new Countdown(S(56), 4),
            new Countdown(S(57), 3),
            new Countdown(S(58), 2),
            new Countdown(S(59), 1),
            new PhaseStarted(S(60), Phase.Rep, 1, 1),
        ];
        Assert.Equal(expected, run.Events);
    }

    [Fact]
    public void EveryTimedPhaseGetsItsCountdownsIncludingTheShortestRest()
    {
        var plan = WorkoutPresets.Intervals(1, FourTen, warmup: S(60), cooldown: S(60));
        var run = new Session(plan).With(Runner.Steady(4).Pod(0, 800)).Run(800);

        // warm-up, three rests and the cool-down: six countdowns each
        Assert.Equal(5 * 6, run.Of<Countdown>().Count());
        var restAfterRep3 = run.Phases.Single(p => p is { Phase: Phase.Rest, Rep: 3 }).At;
        Assert.Equal(restAfterRep3 + S(20), run.Of<Countdown>().First(c => c.At > restAfterRep3).At);
    }

    [Fact]
    public void ASetRestAlsoCountsDownEachWholeMinuteLeft()
    {
        // Two sets: warm-up 60 s, 4 reps of 100 s with rests 60/45/30, then a 210 s set rest.
        var plan = WorkoutPresets.Intervals(2, FourTen, warmup: S(60), cooldown: S(60));
        var run = new Session(plan).With(Runner.Steady(4).Pod(0, 1200)).Run(1200);

        var setRest = run.Phases.Single(p => p.Phase == Phase.SetRest).At;
        var inSetRest = run.Of<Countdown>().Where(c => c.At > setRest && c.At <= setRest + S(210)).ToList();
        Assert.Equal([180, 120, 60, 10, 5, 4, 3, 2, 1], inSetRest.Select(c => c.RemainingSeconds));
        Assert.Equal(setRest + S(30), inSetRest[0].At);
        // Rests inside a set (60 s at most) count only the last seconds.
        Assert.DoesNotContain(run.Of<Countdown>(), c => c.RemainingSeconds >= 60 && (c.At < setRest || c.At > setRest + S(210)));
    }

    [Fact]
    public void MinutesInASetRestCanBeLeftOut()
    {
        var plan = WorkoutPresets.Intervals(2, FourTen, warmup: S(60), cooldown: S(60));
        var run = new Session(plan, new Core.Engine.CoachingOptions { MinutesInSetRest = false }).With(Runner.Steady(4).Pod(0, 1200)).Run(1200);

        Assert.DoesNotContain(run.Of<Countdown>(), c => c.RemainingSeconds >= 60);
    }
}
