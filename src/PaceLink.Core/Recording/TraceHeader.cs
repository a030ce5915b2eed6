using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Recording;

/// <summary>
/// The first line of a trace: <c>{"type":"header","format":"pacelink-trace","version":1,
/// "started_utc":"…","sensors":[{"id":"pod","kind":"rsc","name":"…","address":"…"}],
/// "software":"pacelink 0.1.0","settings":{…}}</c>.
/// </summary>
public sealed record TraceHeader
{
    /// <summary>The header's "format" value.</summary>
    public const string Format = "pacelink-trace";
    /// <summary>The version this code reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Trace format version.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>Wall-clock time of the session start (t = 0).</summary>
    public DateTimeOffset StartedUtc { get; init; }

    /// <summary>The sensors taking part, by their session ids.</summary>
    public IReadOnlyList<SensorInfo> Sensors { get; init; } = [];

    /// <summary>The workout the session ran; replay uses it unless told otherwise.</summary>
    public WorkoutSettings? Settings { get; init; }

    /// <summary>"pacelink 0.1.0": the program that wrote the trace.</summary>
    public string? Software { get; init; }
}
