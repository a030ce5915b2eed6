using System.Globalization;
using System.Text.Json.Serialization;
using PaceLink.Core.Workout;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Api;

/// <summary>
/// POST /api/session/start body. Every field is optional; missing ones come from the configured
/// workout. Unknown fields are rejected so a typo ("target_pase") is not silently ignored.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record StartBody
{
    /// <summary>10k, half, a workout's content (YAML or JSON) or the name of a workout in the config folder's workouts/.</summary>
    public string? Workout { get; init; }

    /// <summary>The name shown for workout content (the CLI sends the file's name).</summary>
    public string? WorkoutName { get; init; }
    public string? TargetPace { get; init; }
    public string? Goal { get; init; }
    public string? Warmup { get; init; }
    public string? Cooldown { get; init; }
    public string? SetRest { get; init; }
    public double? Calibration { get; init; }
    public string? Tolerance { get; init; }
    public string? FinishFaster { get; init; }

    /// <summary>"km" or "mi"; when missing, a target pace's "/mi" or "/km" decides, else the configured units.</summary>
    public string? Units { get; init; }

    /// <summary>True for the simulated runner; false for the paired sensors. Default: the paired sensors when there are any.</summary>
    public bool? Simulate { get; init; }

    /// <summary>Simulation speed-up (1 = real time, 10 = ten times faster), from 0.1 to 1000 as for every host.</summary>
    public double? Speed { get; init; }

    /// <summary>Seed for the simulated runner, for repeatable runs.</summary>
    public int? Seed { get; init; }

    /// <summary>A named athlete's maximum heart rate, for the coach board's colours (bpm, 100-240).</summary>
    public int? HrMax { get; init; }

    /// <summary>For POST /api/athletes/start only: who starts (default: every athlete the service knows).</summary>
    public IReadOnlyList<string>? Athletes { get; init; }

    /// <summary>
    /// Merges this body over the configured workout; null with <paramref name="error"/> when something
    /// is wrong. <paramref name="athlete"/> names the athlete of a group whose session it is (their own sensors).
    /// </summary>
    public SessionRequest? ToRequest(PaceLinkOptions defaults, out string error, string? athlete = null)
    {
        if (athlete is null && HrMax is not null)
        {
            error = "hr_max is kept per athlete: start the session with /api/athletes/NAME/session/start (pacelink start --athlete NAME)";
            return null;
        }
        if (HrMax is < 100 or > 240)
        {
            error = "hr_max must be between 100 and 240 beats a minute";
            return null;
        }
        if (!WorkoutSettingsFactory.TryCreate(defaults.Workout, out var baseline, out error, defaults.ConfigDir))
        {
            error = $"the configured workout is not usable: {error}";
            return null;
        }
        var text = new WorkoutSettingsText
        {
            TargetPace = TargetPace,
            Goal = Goal,
            Warmup = Warmup,
            Cooldown = Cooldown,
            SetRest = SetRest,
            Calibration = Calibration?.ToString(CultureInfo.InvariantCulture),
            Tolerance = Tolerance,
            FinishFaster = FinishFaster,
            Units = Units,
        };
        if (WorkoutName is { Length: > 100 })
        {
            error = "workout_name may be at most 100 characters";
            return null;
        }
        if (!WorkoutSettingsFactory.TryApply(Workout, WorkoutName, text, baseline, defaults.ConfigDir, out var settings, out error)) return null;
        var speed = Speed ?? 1.0;
        if (LiveSessionBuilder.SpeedProblem("speed", speed) is { } problem)
        {
            error = problem;
            return null;
        }
        bool simulate;
        try
        {
            simulate = Simulate ?? !PairedSensors.Any(defaults, defaults.ConfigDir, athlete);
        }
        catch (PaceLink.Bluetooth.Pairing.SensorStoreException e)
        {
            error = e.Message;
            return null;
        }
        return new SessionRequest(settings, simulate, speed, Seed, athlete);
    }
}
