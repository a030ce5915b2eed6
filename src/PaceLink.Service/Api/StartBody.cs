using System.Text.Json.Serialization;
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
    public string? Workout { get; init; }
    public string? TargetPace { get; init; }
    public string? Goal { get; init; }
    public string? Warmup { get; init; }
    public string? Cooldown { get; init; }
    public string? SetRest { get; init; }
    public double? Calibration { get; init; }

    /// <summary>True for the simulated runner; false for the paired sensors. Default: simulated when no sensor is paired.</summary>
    public bool? Simulate { get; init; }

    /// <summary>Simulation speed-up (1 = real time, 10 = ten times faster).</summary>
    public double? Speed { get; init; }

    /// <summary>Seed for the simulated runner, for repeatable runs.</summary>
    public int? Seed { get; init; }

    /// <summary>Merges this body over <paramref name="defaults"/>; adds a message per problem to <paramref name="errors"/>.</summary>
    public SessionRequest ToRequest(PaceLinkOptions defaults, List<ConfigError> errors)
    {
        var d = defaults.Workout;
        var workout = new WorkoutOptions
        {
            Workout = Workout ?? d.Workout,
            // A goal replaces the target pace unless both are given.
            TargetPace = TargetPace ?? (Goal is null ? d.TargetPace : null),
            Goal = Goal ?? (TargetPace is null ? d.Goal : null),
            Warmup = Warmup ?? d.Warmup,
            Cooldown = Cooldown ?? d.Cooldown,
            SetRest = SetRest ?? d.SetRest,
            Calibration = Calibration ?? d.Calibration,
        };
        OptionsValidator.ValidateWorkout(workout, "body", errors);
        var speed = Speed ?? 1.0;
        if (!double.IsFinite(speed) || speed is < 0.1 or > 1000)
            errors.Add(new ConfigError("body:speed", "speed must be between 0.1 and 1000"));
        var simulate = Simulate ?? defaults.Sensors.Count == 0;
        if (!simulate && defaults.Sensors.Count == 0)
            errors.Add(new ConfigError("body:simulate", "no sensors are paired; pair them with `pacelink pair` or start with simulate: true"));
        return new SessionRequest(workout, simulate, speed, Seed);
    }
}
