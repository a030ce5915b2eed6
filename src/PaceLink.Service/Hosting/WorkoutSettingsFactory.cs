using System.Globalization;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Hosting;

/// <summary>
/// Turns the configured workout (and a start request's overrides) into the engine's
/// <see cref="WorkoutSettings"/>, reading a workout file when one is named. Every failure is one sentence.
/// </summary>
public static class WorkoutSettingsFactory
{
    /// <summary>The configured workout; <paramref name="error"/> says what is wrong when it cannot be used.</summary>
    public static bool TryCreate(WorkoutOptions configured, out WorkoutSettings settings, out string error)
    {
        settings = new WorkoutSettings();
        var text = new WorkoutSettingsText
        {
            TargetPace = configured.TargetPace,
            Goal = configured.Goal,
            Warmup = configured.Warmup,
            Cooldown = configured.Cooldown,
            SetRest = configured.SetRest,
            Calibration = configured.Calibration.ToString(CultureInfo.InvariantCulture),
        };
        // A goal in configuration replaces the default pace rather than clashing with it.
        if (configured.Goal is not null) text = text with { TargetPace = null };
        return TryApply(configured.Workout, text, null, out settings, out error);
    }

    /// <summary>Applies <paramref name="text"/> (with the workout named by <paramref name="workout"/>) over <paramref name="baseline"/>.</summary>
    public static bool TryApply(string? workout, WorkoutSettingsText text, WorkoutSettings? baseline, out WorkoutSettings settings, out string error)
    {
        settings = baseline ?? new WorkoutSettings();
        if (workout is not null)
        {
            if (!TryLoadWorkout(workout, out var contents, out var name, out error)) return false;
            text = text with { Workout = contents, WorkoutName = name };
        }
        if (!WorkoutSettings.TryParse(text, baseline, out settings, out error)) return false;
        return settings.TryToPlan(out _, out error);
    }

    private static bool TryLoadWorkout(string workout, out string contents, out string? name, out string error)
    {
        contents = workout;
        name = null;
        error = "";
        if (WorkoutPresets.SetsFor(workout) is not null) return true;
        if (!File.Exists(workout))
        {
            error = $"'{workout}' is neither 10k, half nor an existing workout file";
            return false;
        }
        try
        {
            contents = File.ReadAllText(workout);
            name = Path.GetFileName(workout);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read workout file '{workout}': {e.Message}";
            return false;
        }
    }
}
