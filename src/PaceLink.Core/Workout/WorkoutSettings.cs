using PaceLink.Core.Engine;
using PaceLink.Core.Units;

namespace PaceLink.Core.Workout;

/// <summary>
/// Everything that defines a session's workout, in one serialisable record: stored in the trace
/// header so a replay needs no options. Build it with <see cref="TryParse"/>, check it with
/// <see cref="Validate"/>, turn it into steps with <see cref="ToPlan"/>.
/// </summary>
public sealed record WorkoutSettings
{
    /// <summary>"10k", "half", or the contents of a workout file (YAML or JSON).</summary>
    public string Workout { get; init; } = "10k";

    /// <summary>The workout file's name when <see cref="Workout"/> holds its contents.</summary>
    public string? WorkoutName { get; init; }

    /// <summary>Target pace given directly; wins over <see cref="Goal"/> when both are set.</summary>
    public Pace? TargetPace { get; init; }

    /// <summary>A race goal like "10k=40:00" that sets the target pace.</summary>
    public string? Goal { get; init; }

    public TimeSpan Warmup { get; init; } = WorkoutPresets.DefaultWarmup;
    public TimeSpan Cooldown { get; init; } = WorkoutPresets.DefaultCooldown;
    public TimeSpan SetRest { get; init; } = WorkoutPresets.DefaultSetRest;

    /// <summary>Foot-pod distance and speed are multiplied by this (0.97 when the pod reads 3 % long).</summary>
    public double Calibration { get; init; } = 1.0;

    /// <summary>Allowed pace deviation as a fraction: 0.03 = ±3 %.</summary>
    public double Tolerance { get; init; } = CoachingOptions.DefaultTolerance;

    /// <summary>
    /// The last set's target is this much quicker per km; zero keeps the pace even. Typed per the
    /// session's unit (<c>--finish-faster 5s</c> in a mile session is 5 s per mile, 3.1 s per km here).
    /// </summary>
    public TimeSpan FinishFaster { get; init; }

    /// <summary>
    /// The unit paces and total distances are shown and spoken in. Set by --units, else by the unit a
    /// target pace was written in ("6:26/mi"); rep lengths are metres whatever it is.
    /// </summary>
    public Text.DistanceUnit Units { get; init; } = Text.DistanceUnit.Kilometres;

    /// <summary>True for the built-in 10k / half intervals.</summary>
    public bool IsPreset => WorkoutPresets.SetsFor(Workout) is not null;

    /// <summary>The pace reps are coached at: the target pace, else the goal's race pace.</summary>
    public Pace? EffectiveTargetPace =>
        TargetPace ?? (Goal is not null && RaceGoal.TryParse(Goal, out var g, out _) ? g.Pace : null);

    /// <summary>Short label for people: "10k", "half" or the file name.</summary>
    public string WorkoutLabel => IsPreset ? Workout.Trim().ToLowerInvariant() : WorkoutName ?? "workout file";

    /// <summary>Applies typed values over <paramref name="baseline"/> (defaults when null).</summary>
    public static bool TryParse(WorkoutSettingsText text, WorkoutSettings? baseline, out WorkoutSettings settings, out string error) =>
        WorkoutSettingsParser.TryParse(text, baseline ?? new WorkoutSettings(), out settings, out error);

    /// <summary>Like <see cref="TryParse"/>; throws <see cref="FormatException"/> with the reason.</summary>
    public static WorkoutSettings Parse(WorkoutSettingsText text, WorkoutSettings? baseline = null) =>
        TryParse(text, baseline, out var s, out var e) ? s : throw new FormatException(e);

    /// <summary>Every problem that stops these settings from making a workout; empty when they are fine.</summary>
    public IReadOnlyList<string> Validate() => WorkoutSettingsParser.Validate(this);

    /// <summary>The steps to run; false with the first problem (a bad file reports its line).</summary>
    public bool TryToPlan(out WorkoutPlan plan, out string error)
    {
        plan = new WorkoutPlan("", []);
        var problems = Validate();
        if (problems.Count > 0)
        {
            error = problems[0];
            return false;
        }
        if (WorkoutPresets.SetsFor(Workout) is { } sets)
        {
            plan = WorkoutPresets.Intervals(sets, EffectiveTargetPace!.Value, Warmup, SetRest, Cooldown, FinishFaster, Tolerance);
            error = "";
            return true;
        }
        if (WorkoutFile.TryParse(Workout, EffectiveTargetPace, Tolerance, out plan, out var fileError))
        {
            if (WorkoutName is not null) plan = plan with { Name = plan.Name.Length > 0 ? plan.Name : WorkoutName };
            error = "";
            return true;
        }
        error = $"{WorkoutName ?? "workout file"}: {fileError}";
        return false;
    }

    /// <summary>The steps to run; throws <see cref="FormatException"/> with the reason when the settings are invalid.</summary>
    public WorkoutPlan ToPlan() => TryToPlan(out var plan, out var error) ? plan : throw new FormatException(error);

    /// <summary>Engine options carrying these settings' calibration and tolerance.</summary>
    public CoachingOptions ToOptions(CoachingOptions? baseline = null) =>
        (baseline ?? new CoachingOptions()) with { Calibration = Calibration, Tolerance = Tolerance };
}
