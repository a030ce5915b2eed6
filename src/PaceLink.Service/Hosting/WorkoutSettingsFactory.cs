using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaceLink.Core.Workout;
using PaceLink.Service.Security;

namespace PaceLink.Service.Hosting;

/// <summary>
/// Turns the configured workout (and a start request's overrides) into the engine's
/// <see cref="WorkoutSettings"/>. A start request names a preset, sends a workout's content or
/// names a workout kept in the config folder's workouts/ — never a path. Only the configuration,
/// which is the user's own, may give a path. Every failure is one sentence, and a sentence about
/// a file the service read never quotes the file.
/// </summary>
public static partial class WorkoutSettingsFactory
{
    /// <summary>Largest workout, as content or as a file.</summary>
    public const int MaxWorkoutBytes = 64 * 1024;

    /// <summary>The folder of named workouts, under the config folder.</summary>
    public const string FolderName = "workouts";

    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>The configured workout; <paramref name="error"/> says what is wrong when it cannot be used.</summary>
    public static bool TryCreate(WorkoutOptions configured, out WorkoutSettings settings, out string error, string? configDir = null)
    {
        var text = new WorkoutSettingsText
        {
            TargetPace = configured.TargetPace,
            Goal = configured.Goal,
            Warmup = configured.Warmup,
            Cooldown = configured.Cooldown,
            SetRest = configured.SetRest,
            Calibration = configured.Calibration.ToString(CultureInfo.InvariantCulture),
            Units = string.IsNullOrWhiteSpace(configured.Units) ? null : configured.Units,
        };
        // A goal in configuration replaces the default pace rather than clashing with it.
        if (configured.Goal is not null) text = text with { TargetPace = null };
        settings = new WorkoutSettings();
        if (!TryResolve(configured.Workout, configDir, pathAllowed: true, out var workout, out error)) return false;
        return TryBuild(workout, text, null, out settings, out error);
    }

    /// <summary>Applies a start request's <paramref name="text"/> and <paramref name="workout"/> (preset, content or stored name) over <paramref name="baseline"/>.</summary>
    public static bool TryApply(string? workout, string? workoutName, WorkoutSettingsText text, WorkoutSettings baseline, string configDir, out WorkoutSettings settings, out string error)
    {
        settings = baseline;
        Workout? resolved = null;
        if (workout is not null)
        {
            if (!TryResolve(workout, configDir, pathAllowed: false, out var found, out error)) return false;
            resolved = found is { FromFile: false, Name: null } && WorkoutPresets.SetsFor(workout) is null ? found with { Name = workoutName } : found;
        }
        return TryBuild(resolved, text, baseline, out settings, out error);
    }

    /// <summary>A workout as the engine takes it: a preset name or content, with the name shown to the runner.</summary>
    private sealed record Workout(string Contents, string? Name, bool FromFile, string Described);

    private static bool TryBuild(Workout? workout, WorkoutSettingsText text, WorkoutSettings? baseline, out WorkoutSettings settings, out string error)
    {
        if (workout is not null) text = text with { Workout = workout.Contents, WorkoutName = workout.Name ?? "workout" };
        if (WorkoutSettings.TryParse(text, baseline, out settings, out error) && settings.TryToPlan(out _, out error)) return true;
        // The engine quotes what it did not understand; for a file on this machine that could be a secret.
        if (workout is { FromFile: true } && error.StartsWith($"{workout.Name}: ", StringComparison.Ordinal))
        {
            var line = LineNumber().Match(error);
            error = $"{workout.Described} is not a valid workout{(line.Success ? $" (line {line.Groups[1].Value})" : "")}; check it with `pacelink run --workout FILE`";
        }
        return false;
    }

    private static bool TryResolve(string value, string? configDir, bool pathAllowed, out Workout? workout, out string error)
    {
        workout = null;
        error = "";
        if (WorkoutPresets.SetsFor(value) is not null || string.IsNullOrWhiteSpace(value))
        {
            workout = new Workout(value, null, false, value);
            return true;
        }
        if (value.Contains('\n', StringComparison.Ordinal) || value.TrimStart().StartsWith('{'))
        {
            if (Encoding.UTF8.GetByteCount(value) > MaxWorkoutBytes)
            {
                error = $"a workout's content may be at most {MaxWorkoutBytes} bytes";
                return false;
            }
            workout = new Workout(value, null, false, "the workout");
            return true;
        }
        if (StoredName().IsMatch(value) && configDir is not null && Stored(configDir, value) is { } stored)
            return TryRead(stored, value, $"the workout '{value}' in {FolderName}/", out workout, out error);
        if (pathAllowed && (File.Exists(value) || RegularFile.IsSpecial(value)))
            return TryRead(value, Path.GetFileName(value), $"workout file '{value}'", out workout, out error);
        error = StoredName().IsMatch(value) && !pathAllowed
            ? $"there is no workout '{value}' in {FolderName}/ (looked for {string.Join(", ", Extensions[..^1].Select(e => value + e))} and {value}{Extensions[^1]})"
            : pathAllowed
                ? $"'{value}' is neither 10k, half, a workout in {FolderName}/ nor an existing workout file"
                : $"'workout' is neither 10k, half, a workout's content nor the name of a workout in {FolderName}/ (letters, digits, - and _)";
        return false;
    }

    /// <summary>workouts/NAME.yaml, .yml or .json; an entry that exists but is not a file still counts, to be refused by name.</summary>
    private static string? Stored(string configDir, string name) =>
        Extensions.Select(e => Path.Combine(configDir, FolderName, name + e)).FirstOrDefault(p => File.Exists(p) || RegularFile.IsSpecial(p));

    private static bool TryRead(string path, string name, string described, out Workout? workout, out string error)
    {
        workout = null;
        try
        {
            workout = new Workout(RegularFile.ReadText(path, MaxWorkoutBytes), name, true, described);
            error = "";
            return true;
        }
        catch (RegularFileException e)
        {
            error = described.StartsWith("workout file", StringComparison.Ordinal)
                ? $"cannot read {described}: it {e.Message}"
                : $"{described} {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {described}: {e.Message}";
        }
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex StoredName();

    [GeneratedRegex(@"line (\d+)")]
    private static partial Regex LineNumber();
}
