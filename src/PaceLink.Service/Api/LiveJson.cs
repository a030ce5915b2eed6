using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
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

    public string Snapshot(CoachingSnapshot s) => JsonSerializer.Serialize(SnapshotBody(s), Options);

    public string Reps(IReadOnlyList<RepRow> reps) => JsonSerializer.Serialize(RepsBody(reps), Options);

    public string Status(LiveBoard board) => JsonSerializer.Serialize(StatusBody(board), Options);

    public static object SnapshotBody(CoachingSnapshot s) => new
    {
        t = Math.Round(s.At.TotalSeconds, 3),
        phase = s.Phase.ToJson(),
        s.Set,
        s.Rep,
        rep_distance_m = Math.Round(s.RepDistanceMetres, 1),
        rep_length_m = s.RepTargetMetres,
        elapsed_s = Math.Round(s.PhaseElapsed.TotalSeconds, 1),
        remaining_s = s.PhaseRemaining is { } left ? Math.Round(left.TotalSeconds, 2) : (double?)null,
        pace_s_per_km = Finite(s.CurrentPace?.SecondsPerKm),
        target_pace_s_per_km = Finite(s.TargetPace?.SecondsPerKm),
        projected_split_s = Finite(s.ProjectedSplitSeconds),
        target_split_s = Finite(s.TargetSplitSeconds),
        hr_bpm = s.HeartRate,
        off_pace = s.OffPace is { } off ? (off == PaceDirection.Slow ? "slow" : "fast") : null,
        total_distance_m = Math.Round(s.TotalDistanceMetres, 1),
        sensors = s.Sensors.Select(h => new { h.Sensor, h.Lost }).ToArray(),
        s.Paused,
        s.Done,
    };

    // JSON has no infinity: a standing runner's pace is unknown, not infinitely slow.
    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? Math.Round(x, 2) : null;

    public static object RepsBody(IReadOnlyList<RepRow> reps) => reps.Select(r => new
    {
        r.Set,
        r.Rep,
        split_s = Math.Round(r.SplitSeconds, 2),
        distance_m = Math.Round(r.DistanceMetres, 1),
        pace_s_per_km = Math.Round(r.PaceSecondsPerKm, 1),
        target_split_s = r.TargetSplitSeconds is { } t ? Math.Round(t, 2) : (double?)null,
        avg_hr_bpm = r.AverageHeartRate,
        max_hr_bpm = r.MaxHeartRate,
    }).ToArray();

    public static object StatusBody(LiveBoard board)
    {
        var status = board.Status;
        return new
        {
            state = status.State,
            session = status.Session,
            workout = status.Workout,
            trace = status.Trace,
            completed = status.Completed,
            reps_done = board.Reps.Count,
            snapshot = board.Latest is { } s ? SnapshotBody(s) : null,
            sinks = board.SinkNames,
        };
    }
}
