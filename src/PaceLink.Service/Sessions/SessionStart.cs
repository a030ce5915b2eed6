using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Sessions;

/// <summary>What sinks are told when a session starts.</summary>
/// <param name="StartedUtc">Wall-clock time of session time zero.</param>
/// <param name="Plan">The steps the engine will walk through.</param>
/// <param name="Settings">The workout as configured (stored in the trace header).</param>
/// <param name="TracePath">Where the session is being recorded; null when recording failed to start.</param>
/// <param name="Sensors">The sensors taking part.</param>
public sealed record SessionStart(DateTimeOffset StartedUtc, WorkoutPlan Plan, WorkoutSettings Settings, string? TracePath, IReadOnlyList<SensorInfo> Sensors)
{
    /// <summary>The session's name in the status, the log and the history: its trace's file name, else its start time.</summary>
    public string Id => TracePath is { } path
        ? Path.GetFileNameWithoutExtension(path)
        : StartedUtc.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
}
