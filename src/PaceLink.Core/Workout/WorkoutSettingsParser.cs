using System.Globalization;
using PaceLink.Core.Units;

namespace PaceLink.Core.Workout;

/// <summary>Turns typed settings into <see cref="WorkoutSettings"/> and checks them, with messages a runner can act on.</summary>
internal static class WorkoutSettingsParser
{
    private static readonly TimeSpan LongestPhase = TimeSpan.FromHours(3);

    public static bool TryParse(WorkoutSettingsText text, WorkoutSettings baseline, out WorkoutSettings settings, out string error)
    {
        settings = baseline;
        error = "";
        var s = baseline;
        if (text.Workout is { } workout)
        {
            if (string.IsNullOrWhiteSpace(workout)) return Fail("--workout is empty; use 10k, half or a workout file", out error);
            s = s with { Workout = workout, WorkoutName = WorkoutPresets.SetsFor(workout) is null ? text.WorkoutName : null };
        }
        Text.DistanceUnit? units = null;
        if (text.Units is { } unitsText)
        {
            if (!Text.DistanceUnits.TryParse(unitsText, out var unit)) return Fail(Text.DistanceUnits.Unknown("--units", unitsText), out error);
            units = unit;
        }
        if (text.TargetPace is not null && text.Goal is not null)
            return Fail("give either --target-pace or --goal, not both", out error);
        if (text.TargetPace is { } paceText)
        {
            // A bare pace is read in the units asked for (or the baseline's); a pace that names its unit sets the units.
            if (!Pace.TryParse(paceText, units ?? s.Units, out var pace, out var written, out var e))
                return Fail($"--target-pace: {e}", out error);
            s = s with { TargetPace = pace, Goal = null, Units = units ?? written ?? s.Units };
        }
        if (text.Goal is { } goalText)
        {
            if (!RaceGoal.TryParse(goalText, out _, out var e, units ?? s.Units)) return Fail($"--goal: {e}", out error);
            s = s with { Goal = goalText.Trim(), TargetPace = null };
        }
        if (units is { } chosen) s = s with { Units = chosen };
        if (!TryDuration("--warmup", text.Warmup, s.Warmup, out var warmup, out error)) return false;
        if (!TryDuration("--cooldown", text.Cooldown, s.Cooldown, out var cooldown, out error)) return false;
        if (!TryDuration("--set-rest", text.SetRest, s.SetRest, out var setRest, out error)) return false;
        if (!TryDuration("--finish-faster", text.FinishFaster, s.FinishFaster, out var faster, out error)) return false;
        // Typed per unit of the session (5 s per mile in a mile session), kept per km like every pace.
        if (text.FinishFaster is not null) faster = FromSessionUnit(faster, s.Units);
        s = s with { Warmup = warmup, Cooldown = cooldown, SetRest = setRest, FinishFaster = faster };
        if (text.Calibration is { } calText)
        {
            if (!double.TryParse(calText.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var cal))
                return Fail($"--calibration: '{calText}' is not a number; write it like 0.97", out error);
            s = s with { Calibration = cal };
        }
        if (text.Tolerance is { } tolText)
        {
            if (!TryFraction(tolText, out var tol))
                return Fail($"--tolerance: '{tolText}' is not a fraction; write it like 3% or 0.03", out error);
            s = s with { Tolerance = tol };
        }
        var problems = Validate(s);
        if (problems.Count > 0) return Fail(problems[0], out error);
        settings = s;
        return true;
    }

    public static IReadOnlyList<string> Validate(WorkoutSettings s)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(s.Workout)) problems.Add("no workout; use --workout 10k, half or a workout file");
        if (s.IsPreset && s.EffectiveTargetPace is null)
            problems.Add(s.Goal is not null && !RaceGoal.TryParse(s.Goal, out _, out var goalError, s.Units)
                ? $"--goal: {goalError}"
                : "the intervals need a target pace: give --target-pace 4:00 or --goal 10k=40:00");
        if (s.TargetPace is { } p && (!p.IsFinite || p.SecondsPerKm < 60 || p.SecondsPerKm > 3600))
            problems.Add($"target pace {Text.PaceText.Written(p, s.Units)} is outside {Range(60, 3600, s.Units)}");
        CheckDuration(problems, "--warmup", s.Warmup);
        CheckDuration(problems, "--cooldown", s.Cooldown);
        CheckDuration(problems, "--set-rest", s.SetRest);
        var perUnit = ToSessionUnit(s.FinishFaster, s.Units).TotalSeconds;
        if (perUnit < 0 || perUnit > 60 + 1e-9)
            problems.Add($"--finish-faster must be between 0s and 60s per {(s.Units == Text.DistanceUnit.Miles ? "mile" : "km")}");
        else if (s.EffectiveTargetPace is { } target && target.SecondsPerKm - s.FinishFaster.TotalSeconds < 60)
            problems.Add($"--finish-faster would make the last set quicker than {Text.PaceText.Written(Pace.FromSecondsPerKm(60), s.Units)}");
        if (!double.IsFinite(s.Calibration) || s.Calibration < 0.5 || s.Calibration > 1.5)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--calibration {s.Calibration} is outside 0.5-1.5 (1.0 = the pod as it reads)"));
        if (!double.IsFinite(s.Tolerance) || s.Tolerance < 0.005 || s.Tolerance > 0.25)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--tolerance {s.Tolerance * 100:0.###}% is outside 0.5%-25%"));
        return problems;
    }

    /// <summary>"1:00-60:00 per km", or the same paces per mile ("1:37-96:34 per mile").</summary>
    internal static string Range(double fromSecondsPerKm, double toSecondsPerKm, Text.DistanceUnit unit) =>
        $"{Text.PaceText.Bare(Pace.FromSecondsPerKm(fromSecondsPerKm), unit)}-{Text.PaceText.Bare(Pace.FromSecondsPerKm(toSecondsPerKm), unit)} per {(unit == Text.DistanceUnit.Miles ? "mile" : "km")}";

    // A time off a pace per mile is that many seconds over 1.609 km: per km it is that much less.
    private static TimeSpan FromSessionUnit(TimeSpan perUnit, Text.DistanceUnit unit) =>
        unit == Text.DistanceUnit.Miles ? TimeSpan.FromTicks((long)Math.Round(perUnit.Ticks * 1000 / Pace.MetresPerMile)) : perUnit;

    private static TimeSpan ToSessionUnit(TimeSpan perKm, Text.DistanceUnit unit) =>
        unit == Text.DistanceUnit.Miles ? TimeSpan.FromTicks((long)Math.Round(perKm.Ticks * Pace.MetresPerMile / 1000)) : perKm;

    /// <summary>"3%" → 0.03, "0.03" → 0.03.</summary>
    public static bool TryFraction(string text, out double value) => Units.Fraction.TryParse(text, out value);

    private static void CheckDuration(List<string> problems, string name, TimeSpan d)
    {
        if (d < TimeSpan.Zero || d > LongestPhase) problems.Add($"{name} must be between 0s and 3h");
    }

    private static bool TryDuration(string name, string? text, TimeSpan current, out TimeSpan value, out string error)
    {
        value = current;
        error = "";
        if (text is null) return true;
        if (text.Trim() == "0") { value = TimeSpan.Zero; return true; }
        if (DurationText.TryParse(text, out value, out var e)) return true;
        error = $"{name}: {e}";
        return false;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
