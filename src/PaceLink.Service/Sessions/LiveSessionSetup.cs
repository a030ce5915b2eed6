using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Relay;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Sessions;

/// <summary>Everything a live session needs besides its clock and its notification source.</summary>
public sealed record LiveSessionSetup
{
    /// <summary>The workout as configured; stored in the trace header so a replay needs no options.</summary>
    public required WorkoutSettings Settings { get; init; }

    /// <summary>The steps to run; by default <see cref="WorkoutSettings.ToPlan"/>.</summary>
    public WorkoutPlan? Plan { get; init; }

    /// <summary>Engine options; by default <see cref="WorkoutSettings.ToOptions"/>.</summary>
    public CoachingOptions? Options { get; init; }

    /// <summary>Where to write the trace (created, never overwritten).</summary>
    public required string TracePath { get; init; }

    /// <summary>Who hears the coaching. Each is isolated from the others' failures.</summary>
    public IReadOnlyList<ICoachingSink> Sinks { get; init; } = [];

    /// <summary>
    /// Relays each notification as it reaches the engine (to a watch, through <see cref="Relay.SensorRelay.Forward"/>)
    /// and returns what went out, which the trace records as a "relayed" record beside the notification. Null: no relay.
    /// </summary>
    public Func<Notification, RelayedValue?>? Relay { get; init; }

    /// <summary>Opens the trace file (path, mode); by default a private file on disk. Tests put a failing disk here.</summary>
    internal Func<string, FileMode, Stream>? OpenTrace { get; init; }

    /// <summary>Written in the trace header.</summary>
    public string Software { get; init; } = "pacelink " + (typeof(LiveSessionSetup).Assembly.GetName().Version?.ToString(3) ?? "0");
}
