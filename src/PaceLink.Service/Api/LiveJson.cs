using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Api;

/// <summary>
/// The JSON the API and the live feed send. Coaching events use the replay contract's shape
/// (the serializer is injected); snapshots, reps and status are the dashboard's own, in snake_case.
/// </summary>
public sealed class LiveJson(Func<CoachingEvent, string> eventJson)
{
    /// <summary>snake_case, no nulls dropped: the dashboard checks for null explicitly.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public string Event(CoachingEvent e) => eventJson(e);

    public string Snapshot(SessionSnapshot s) => JsonSerializer.Serialize(SnapshotBody(s), Options);

    public string Reps(IReadOnlyList<RepRow> reps) => JsonSerializer.Serialize(RepsBody(reps), Options);

    public string Status(SessionManager manager) => JsonSerializer.Serialize(StatusBody(manager), Options);

    public static object SnapshotBody(SessionSnapshot s) => new
    {
        t = Math.Round(s.At.TotalSeconds, 3),
        phase = s.Phase.ToJson(),
        s.Set,
        s.Rep,
        rep_distance_m = s.RepDistanceMetres,
        rep_length_m = s.RepLengthMetres,
        pace_s_per_km = s.PaceSecondsPerKm,
        target_pace_s_per_km = s.TargetPaceSecondsPerKm,
        hr_bpm = s.HeartRate,
        remaining_s = s.PhaseRemainingSeconds,
        s.Paused,
    };

    public static object RepsBody(IReadOnlyList<RepRow> reps) => reps.Select(r => new
    {
        r.Set,
        r.Rep,
        split_s = Math.Round(r.SplitSeconds, 2),
        distance_m = Math.Round(r.DistanceMetres, 1),
        pace_s_per_km = Math.Round(r.PaceSecondsPerKm, 1),
        target_split_s = r.TargetSplitSeconds is { } t ? Math.Round(t, 2) : (double?)null,
    }).ToArray();

    public static object StatusBody(SessionManager m)
    {
        var session = m.Current;
        return new
        {
            state = m.State.ToString().ToLowerInvariant(),
            session = session?.Id,
            trace = session?.TracePath,
            reps_done = m.Reps.Count,
            snapshot = m.Latest is { } s ? SnapshotBody(s) : null,
            sinks = m.SinkNames,
        };
    }
}
