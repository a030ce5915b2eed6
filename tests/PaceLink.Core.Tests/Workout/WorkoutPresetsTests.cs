using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Workout;

public class WorkoutPresetsTests
{
    private static readonly Pace Four = Pace.FromSecondsPerKm(240);

    [Fact]
    public void TenKIsWarmupTwoSetsOfFourTimes400AndCooldown()
    {
        var plan = WorkoutPresets.Intervals(2, Four);

        Assert.Equal(
            ["warmup", "rep", "rest", "rep", "rest", "rep", "rest", "rep", "set_rest", "rep", "rest", "rep", "rest", "rep", "rest", "rep", "cooldown"],
            plan.Steps.Select(s => s.Phase.ToJson()));
        Assert.Equal(TimeSpan.FromMinutes(15), plan.Steps[0].Duration);
        Assert.Equal(TimeSpan.FromSeconds(210), plan.Steps[8].Duration);
        Assert.Equal(TimeSpan.FromMinutes(10), plan.Steps[^1].Duration);
        Assert.All(plan.Steps.Where(s => s.Phase == Phase.Rep), s => Assert.Equal(400, s.DistanceMetres));
        Assert.Equal(96, plan.Steps[1].TargetSplitSeconds);
    }

    [Fact]
    public void HalfHasThreeSetsAndTwoSetRests()
    {
        var plan = WorkoutPresets.Intervals(WorkoutPresets.SetsFor("half")!.Value, Four);

        Assert.Equal(3, plan.Sets);
        Assert.Equal(12, plan.Reps);
        Assert.Equal(2, plan.Steps.Count(s => s.Phase == Phase.SetRest));
    }

    [Fact]
    public void RestsAfterReps1To3Are60Then45Then30Seconds()
    {
        var rests = WorkoutPresets.Intervals(1, Four).Steps.Where(s => s.Phase == Phase.Rest).ToList();

        Assert.Equal([60.0, 45.0, 30.0], rests.Select(r => r.Duration!.Value.TotalSeconds));
        Assert.Equal([1, 2, 3], rests.Select(r => r.Rep));
    }

    [Fact]
    public void FinishFasterQuickensOnlyTheLastSet()
    {
        var plan = WorkoutPresets.Intervals(2, Four, finishFaster: TimeSpan.FromSeconds(5));

        Assert.All(plan.Steps.Where(s => s is { Phase: Phase.Rep, Set: 1 }), s => Assert.Equal(Four, s.TargetPace));
        Assert.All(plan.Steps.Where(s => s is { Phase: Phase.Rep, Set: 2 }), s => Assert.Equal(235, s.TargetPace!.Value.SecondsPerKm));
    }

    [Fact]
    public void CustomWarmupSetRestAndCooldownAreUsed()
    {
        var plan = WorkoutPresets.Intervals(2, Four, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(3));

        Assert.Equal(
            [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(3)],
            plan.Steps.Where(s => s.Phase is Phase.Warmup or Phase.SetRest or Phase.Cooldown).Select(s => s.Duration!.Value));
    }
}
