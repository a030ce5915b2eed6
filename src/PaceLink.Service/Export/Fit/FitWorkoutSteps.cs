using PaceLink.Core.Coaching;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Export.Fit;

/// <summary>One workout_step message: what a watch shows and when it moves on.</summary>
public sealed record FitWorkoutStep(
    string Name,
    byte DurationType,
    ulong? DurationValue,
    byte TargetType,
    ulong? TargetValue,
    ulong? SpeedLow,
    ulong? SpeedHigh,
    byte Intensity)
{
    public const byte DurationTime = 0, DurationDistance = 1, DurationRepeat = 6;
    public const byte TargetSpeed = 0, TargetOpen = 2;
    public const byte IntensityActive = 0, IntensityRest = 1, IntensityWarmup = 2, IntensityCooldown = 3;

    public bool IsRepeat => DurationType == DurationRepeat;
}

/// <summary>
/// A <see cref="WorkoutPlan"/> as FIT workout steps. Reps end on distance with a speed range from the
/// target pace and its tolerance; everything else ends on time. In the flat form step i is plan step
/// i (what an activity's laps point at); the compact form folds runs of identical blocks into a
/// repeat step, as a watch would walk them.
/// </summary>
public static class FitWorkoutSteps
{
    public static IReadOnlyList<FitWorkoutStep> Flat(WorkoutPlan plan, double defaultTolerance) =>
        plan.Steps.Select(s => Step(s, defaultTolerance)).ToList();

    public static IReadOnlyList<FitWorkoutStep> WithRepeats(WorkoutPlan plan, double defaultTolerance)
    {
        var flat = Flat(plan, defaultTolerance);
        var output = new List<FitWorkoutStep>();
        var i = 0;
        while (i < flat.Count)
        {
            var (length, times) = LongestRepeat(flat, i);
            if (times < 2)
            {
                output.Add(flat[i++]);
                continue;
            }
            var first = output.Count;
            output.AddRange(flat.Skip(i).Take(length));
            output.Add(new FitWorkoutStep($"Repeat {times} times", FitWorkoutStep.DurationRepeat, (ulong)first,
                FitWorkoutStep.TargetOpen, (ulong)times, null, null, FitWorkoutStep.IntensityActive));
            i += length * times;
        }
        return output;
    }

    /// <summary>The block starting at <paramref name="at"/> that repeats back to back and covers the most steps.</summary>
    private static (int Length, int Times) LongestRepeat(IReadOnlyList<FitWorkoutStep> steps, int at)
    {
        (int Length, int Times) best = (1, 1);
        for (var length = 1; at + 2 * length <= steps.Count; length++)
        {
            var times = 1;
            while (at + (times + 1) * length <= steps.Count && SameBlock(steps, at, at + times * length, length)) times++;
            if (times > 1 && length * times > best.Length * best.Times) best = (length, times);
        }
        return best;
    }

    // Names carry the set and rep number, so blocks compare by what the watch does, not by name.
    private static bool SameBlock(IReadOnlyList<FitWorkoutStep> steps, int a, int b, int length)
    {
        for (var k = 0; k < length; k++)
            if (steps[a + k] with { Name = "" } != steps[b + k] with { Name = "" }) return false;
        return true;
    }

    private static FitWorkoutStep Step(WorkoutStep step, double defaultTolerance)
    {
        var (durationType, durationValue) = step.Duration is { } d
            ? (FitWorkoutStep.DurationTime, (ulong?)Math.Round(d.TotalSeconds * 1000))
            : (FitWorkoutStep.DurationDistance, (ulong?)Math.Round((step.DistanceMetres ?? 0) * 100));
        ulong? low = null, high = null;
        var target = FitWorkoutStep.TargetOpen;
        if (step.Phase == Phase.Rep && step.TargetPace is { IsFinite: true } pace && pace.SecondsPerKm > 0)
        {
            // The tolerance widens the pace both ways: slower pace is the low speed.
            var tolerance = Math.Clamp(step.Tolerance ?? defaultTolerance, 0, 0.5);
            target = FitWorkoutStep.TargetSpeed;
            low = (ulong)Math.Round(1000 / (pace.SecondsPerKm * (1 + tolerance)) * 1000);
            high = (ulong)Math.Round(1000 / (pace.SecondsPerKm * (1 - tolerance)) * 1000);
        }
        return new FitWorkoutStep(Name(step), durationType, durationValue, target, target == FitWorkoutStep.TargetSpeed ? 0 : null, low, high, Intensity(step.Phase));
    }

    public static string Name(WorkoutStep step) => Name(step.Phase, step.Set, step.Rep);

    /// <summary>"Set 1 rep 2": the step's name on the watch, on laps and in the TCX lap notes.</summary>
    public static string Name(Phase phase, int set, int rep) => phase switch
    {
        Phase.Rep => $"Set {set} rep {rep}",
        Phase.Rest => $"Rest after set {set} rep {rep}",
        Phase.SetRest => $"Set rest after set {set}",
        Phase.Warmup => "Warm-up",
        _ => "Cool-down",
    };

    public static byte Intensity(Phase phase) => phase switch
    {
        Phase.Rep => FitWorkoutStep.IntensityActive,
        Phase.Rest or Phase.SetRest => FitWorkoutStep.IntensityRest,
        Phase.Warmup => FitWorkoutStep.IntensityWarmup,
        _ => FitWorkoutStep.IntensityCooldown,
    };
}
