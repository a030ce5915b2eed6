namespace PaceLink.Core.Workout;

/// <summary>
/// Workout settings as typed by a person (command line, config file). Null means "not given":
/// the baseline's value stays. <see cref="Workout"/> is "10k", "half" or the contents of a workout file.
/// </summary>
public sealed record WorkoutSettingsText
{
    public string? Workout { get; init; }
    /// <summary>File name of the workout file when <see cref="Workout"/> holds its contents.</summary>
    public string? WorkoutName { get; init; }
    /// <summary>"4:00", "4:00/km" or "6:26/mi"; a bare pace is per <see cref="Units"/> when that is given, else in the baseline's units (km by default).</summary>
    public string? TargetPace { get; init; }
    public string? Goal { get; init; }
    public string? Warmup { get; init; }
    public string? Cooldown { get; init; }
    public string? SetRest { get; init; }
    public string? Calibration { get; init; }
    /// <summary>"3%" or "0.03".</summary>
    public string? Tolerance { get; init; }
    /// <summary>How much quicker the last set is, like "5s": per km, or per mile in a mile session.</summary>
    public string? FinishFaster { get; init; }
    /// <summary>"km" or "mi": the unit paces and distances are shown in; when not given, a target pace's "/mi" or "/km" decides.</summary>
    public string? Units { get; init; }
}
