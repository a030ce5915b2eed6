using PaceLink.Core.Coaching;
using PaceLink.Core.Units;

namespace PaceLink.Core.Workout;

/// <summary>The workouts PaceLink exists for: sets of 4 x 400 m with the rest shrinking inside each set.</summary>
public static class WorkoutPresets
{
    /// <summary>Rep length of the preset, in metres.</summary>
    public const double RepMetres = 400;

    /// <summary>Reps per set.</summary>
    public const int RepsPerSet = 4;

    /// <summary>Rests after reps 1, 2 and 3 of a set: the rest shrinks as the set goes on.</summary>
    public static readonly IReadOnlyList<TimeSpan> RestsWithinSet =
        [TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(30)];

    public static readonly TimeSpan DefaultWarmup = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultCooldown = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan DefaultSetRest = TimeSpan.FromSeconds(210);

    /// <summary>Sets for the named preset: "10k" = 2, "half" = 3; null for anything else.</summary>
    public static int? SetsFor(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "10k" => 2,
        "half" => 3,
        _ => null,
    };

    /// <summary>
    /// Warm-up, <paramref name="sets"/> sets of 4 x 400 m (rests 60/45/30 s), a set rest between sets, cool-down.
    /// <paramref name="finishFaster"/> (per km) makes the last set's target that much quicker; zero keeps it even.
    /// A zero warm-up or cool-down leaves that step out.
    /// </summary>
    public static WorkoutPlan Intervals(
        int sets,
        Pace targetPace,
        TimeSpan? warmup = null,
        TimeSpan? setRest = null,
        TimeSpan? cooldown = null,
        TimeSpan finishFaster = default,
        double? tolerance = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sets, 1);
        var steps = new List<WorkoutStep>();
        var warm = warmup ?? DefaultWarmup;
        var cool = cooldown ?? DefaultCooldown;
        var between = setRest ?? DefaultSetRest;
        if (warm > TimeSpan.Zero) steps.Add(WorkoutStep.Timed(Phase.Warmup, warm));
        for (var set = 1; set <= sets; set++)
        {
            var pace = set == sets && finishFaster > TimeSpan.Zero
                ? Pace.FromSecondsPerKm(targetPace.SecondsPerKm - finishFaster.TotalSeconds)
                : targetPace;
            for (var rep = 1; rep <= RepsPerSet; rep++)
            {
                steps.Add(WorkoutStep.Distance(Phase.Rep, RepMetres, set, rep, pace, tolerance));
                if (rep < RepsPerSet) steps.Add(WorkoutStep.Timed(Phase.Rest, RestsWithinSet[rep - 1], set, rep));
            }
            if (set < sets && between > TimeSpan.Zero) steps.Add(WorkoutStep.Timed(Phase.SetRest, between, set));
        }
        if (cool > TimeSpan.Zero) steps.Add(WorkoutStep.Timed(Phase.Cooldown, cool));
        var name = sets switch { 2 => "10k intervals", 3 => "half marathon intervals", _ => $"{sets} x 4 x 400 m" };
        return new WorkoutPlan(name, steps);
    }
}
