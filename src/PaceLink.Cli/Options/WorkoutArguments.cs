using System.CommandLine;
using PaceLink.Core.Workout;
using PaceLink.Service.Hosting;
using PaceLink.Service.Security;

namespace PaceLink.Cli.Options;

/// <summary>
/// The workout options shared by run, replay, review, export and calibrate. All are read as text and
/// parsed by <see cref="WorkoutSettings"/>, so every verb reports the same clear errors. Verbs that show
/// paces also take <c>--units</c> (<paramref name="withUnits"/>), which belongs to the settings so a
/// session recorded in miles replays in miles.
/// </summary>
internal sealed class WorkoutArguments(bool withUnits = false)
{
    /// <summary>--workout</summary>
    public Option<string?> Workout { get; } = new("--workout") { Description = "10k, half, or a workout file (YAML or JSON)" };
    /// <summary>--target-pace</summary>
    public Option<string?> TargetPace { get; } = new("--target-pace") { Description = "target pace like 4:00/km or 6:26/mi (a bare 4:00 is per km, or per --units mi)" };
    /// <summary>--goal</summary>
    public Option<string?> Goal { get; } = new("--goal") { Description = "race goal that sets the target pace: 10k=40:00, half=1:30:00, 5k=…, marathon=…" };
    /// <summary>--warmup</summary>
    public Option<string?> Warmup { get; } = new("--warmup") { Description = "warm-up length like 15m (default 15m)" };
    /// <summary>--cooldown</summary>
    public Option<string?> Cooldown { get; } = new("--cooldown") { Description = "cool-down length like 10m (default 10m)" };
    /// <summary>--set-rest</summary>
    public Option<string?> SetRest { get; } = new("--set-rest") { Description = "rest between sets like 3m30s (default 3m30s)" };
    /// <summary>--calibration</summary>
    public Option<string?> Calibration { get; } = new("--calibration") { Description = "foot-pod distance factor like 0.97 (default 1.0)" };
    /// <summary>--tolerance</summary>
    public Option<string?> Tolerance { get; } = new("--tolerance") { Description = "allowed pace deviation like 3% (default 3%)" };
    /// <summary>--finish-faster</summary>
    public Option<string?> FinishFaster { get; } = new("--finish-faster") { Description = "run the last set this much quicker per km (per mile in a mile session), like 5s" };

    /// <summary>--units, on the verbs that show paces; null elsewhere.</summary>
    public UnitsOption? Units { get; } = withUnits ? new UnitsOption() : null;

    private IEnumerable<Option> All =>
        [Workout, TargetPace, Goal, Warmup, Cooldown, SetRest, Calibration, Tolerance, FinishFaster, .. Units is { } u ? new Option[] { u.Units } : []];

    /// <summary>Adds the options to a verb.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All) command.Options.Add(option);
    }

    /// <summary>True when the user gave any workout option.</summary>
    public bool AnyGiven(ParseResult result) => All.Any(o => result.GetResult(o) is { Implicit: false });

    /// <summary>
    /// The settings the user asked for, over <paramref name="baseline"/> (a trace header's settings,
    /// or the defaults when null). A workout file is read here so the settings carry its contents.
    /// </summary>
    public bool TryResolve(ParseResult result, WorkoutSettings? baseline, out WorkoutSettings settings, out string error)
    {
        settings = baseline ?? new WorkoutSettings();
        if (!TryReadWorkout(result.GetValue(Workout), out var workout, out var name, out error)) return false;
        var text = new WorkoutSettingsText
        {
            Workout = workout,
            WorkoutName = name,
            TargetPace = result.GetValue(TargetPace),
            Goal = result.GetValue(Goal),
            Warmup = result.GetValue(Warmup),
            Cooldown = result.GetValue(Cooldown),
            SetRest = result.GetValue(SetRest),
            Calibration = result.GetValue(Calibration),
            Tolerance = result.GetValue(Tolerance),
            FinishFaster = result.GetValue(FinishFaster),
            Units = Units is { } units ? result.GetValue(units.Units) : null,
        };
        if (!WorkoutSettings.TryParse(text, baseline, out settings, out error)) return false;
        // A workout file is checked now, so a bad line is reported before anything runs.
        if (!settings.TryToPlan(out _, out error)) return false;
        return true;
    }

    private static bool TryReadWorkout(string? value, out string? workout, out string? name, out string error)
    {
        workout = value;
        name = null;
        error = "";
        if (value is null || WorkoutPresets.SetsFor(value) is not null) return true;
        if (!NamesFile(value))
        {
            error = $"--workout: '{value}' is neither 10k, half nor an existing workout file";
            return false;
        }
        if (!TryReadFile(value, out var text, out error))
        {
            error = $"--workout: {error}";
            return false;
        }
        workout = text;
        name = Path.GetFileName(value);
        return true;
    }

    /// <summary>True when <paramref name="value"/> names something on this machine (a file, or a folder or device to be refused by name).</summary>
    internal static bool NamesFile(string value) => File.Exists(value) || RegularFile.IsSpecial(value);

    /// <summary>
    /// The one reader of a workout file named on the command line, for the verbs that run it here and
    /// for `start`, which sends it to the service: by the service's own rules (a regular file of at
    /// most <see cref="WorkoutSettingsFactory.MaxWorkoutBytes"/>), so a file one verb takes the others take too.
    /// </summary>
    internal static bool TryReadFile(string path, out string text, out string error)
    {
        text = "";
        error = "";
        try
        {
            text = RegularFile.ReadText(path, WorkoutSettingsFactory.MaxWorkoutBytes);
            return true;
        }
        catch (RegularFileException e)
        {
            error = $"cannot read '{path}': it {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read '{path}': {e.Message}";
        }
        return false;
    }
}
