using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Workout;

public class PlanLookupTests
{
    private static readonly WorkoutPlan Plan = WorkoutPresets.Intervals(2, Pace.FromSecondsPerKm(240), TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(210), TimeSpan.FromMinutes(10));

    [Fact]
    public void TheStepForARepCarriesItsTarget()
    {
        var step = Plan.Step(Phase.Rep, 2, 3);
        Assert.NotNull(step);
        Assert.Equal(2, step.Set);
        Assert.Equal(3, step.Rep);
        Assert.Equal(96, step.TargetSplitSeconds!.Value, 6);
    }

    [Fact]
    public void AStepThePlanDoesNotHaveIsNull()
    {
        Assert.Null(Plan.Step(Phase.Rep, 9, 1));
        Assert.Equal(-1, Plan.IndexOf(Phase.Rep, 9, 1));
    }

    [Fact]
    public void TheLastRepOfASetIsFollowedByTheSetRest() =>
        Assert.Equal(new PlannedBreak(Phase.SetRest, TimeSpan.FromSeconds(210)), Plan.BreakAfterRep(1, 4));

    [Fact]
    public void TheLastRepOfTheWorkoutIsFollowedByTheCooldown() =>
        Assert.Equal(Phase.Cooldown, Plan.BreakAfterRep(2, 4)?.Phase);
}
