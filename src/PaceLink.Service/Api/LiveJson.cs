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
    public string Event(CoachingEvent e) => eventJson(e);

    public string Snapshot(CoachingSnapshot s) => JsonSerializer.Serialize(SnapshotBody(s), ApiJson.Default.SnapshotBody);

    public string Reps(IReadOnlyList<RepRow> reps) => JsonSerializer.Serialize(RepsBody(reps), ApiJson.Default.RepBodyArray);

    public string Status(LiveBoard board) => JsonSerializer.Serialize(StatusBody(board), ApiJson.Default.StatusBody);

    public static SnapshotBody SnapshotBody(CoachingSnapshot s) => new(
        T: Math.Round(s.At.TotalSeconds, 3),
        Phase: s.Phase.ToJson(),
        Set: s.Set,
        Rep: s.Rep,
        RepDistanceM: Math.Round(s.RepDistanceMetres, 1),
        RepLengthM: s.RepTargetMetres,
        ElapsedS: Math.Round(s.PhaseElapsed.TotalSeconds, 1),
        RemainingS: s.PhaseRemaining is { } left ? Math.Round(left.TotalSeconds, 2) : null,
        PaceSPerKm: Finite(s.CurrentPace?.SecondsPerKm),
        TargetPaceSPerKm: Finite(s.TargetPace?.SecondsPerKm),
        ProjectedSplitS: Finite(s.ProjectedSplitSeconds),
        TargetSplitS: Finite(s.TargetSplitSeconds),
        HrBpm: s.HeartRate,
        OffPace: s.OffPace is { } off ? (off == PaceDirection.Slow ? "slow" : "fast") : null,
        TotalDistanceM: Math.Round(s.TotalDistanceMetres, 1),
        Sensors: s.Sensors.Select(h => new SensorBody(h.Sensor, h.Lost)).ToArray(),
        Paused: s.Paused,
        Done: s.Done,
        Step: s.StepIndex);

    // JSON has no infinity: a standing runner's pace is unknown, not infinitely slow.
    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? Math.Round(x, 2) : null;

    public static RepBody[] RepsBody(IReadOnlyList<RepRow> reps) => reps.Select(r => new RepBody(
        Set: r.Set,
        Rep: r.Rep,
        SplitS: Math.Round(r.SplitSeconds, 2),
        DistanceM: Math.Round(r.DistanceMetres, 1),
        PaceSPerKm: Math.Round(r.PaceSecondsPerKm, 1),
        TargetSplitS: r.TargetSplitSeconds is { } t ? Math.Round(t, 2) : null,
        AvgHrBpm: r.AverageHeartRate,
        MaxHrBpm: r.MaxHeartRate)).ToArray();

    public static StatusBody StatusBody(LiveBoard board)
    {
        var status = board.Status;
        return new StatusBody(
            State: status.State,
            Session: status.Session,
            Workout: status.Workout,
            Trace: status.Trace,
            Completed: status.Completed,
            RepsDone: board.Reps.Count,
            Snapshot: board.Latest is { } s ? SnapshotBody(s) : null,
            Sinks: board.SinkNames,
            Plan: board.Started is { } started ? PlanBody(started.Plan, started.Settings.Tolerance) : null,
            Interrupted: board.Interrupted,
            Units: board.Started is { } session ? PaceLink.Core.Text.DistanceUnits.Name(session.Settings.Units) : null);
    }

    /// <summary>The plan with each step's own tolerance (the session's where the step names none).</summary>
    public static PlanBody PlanBody(PaceLink.Core.Workout.WorkoutPlan plan, double tolerance) => new(
        Name: plan.Name,
        Tolerance: tolerance,
        Reps: plan.Reps,
        Steps: plan.Steps.Select(step => new StepBody(
            Phase: step.Phase.ToJson(),
            Set: step.Set,
            Rep: step.Rep,
            DistanceM: step.DistanceMetres,
            DurationS: step.Duration?.TotalSeconds,
            TargetPaceSPerKm: Finite(step.TargetPace?.SecondsPerKm),
            Tolerance: step.Tolerance ?? tolerance)).ToArray());
}
