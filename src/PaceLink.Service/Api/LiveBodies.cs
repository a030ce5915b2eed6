namespace PaceLink.Service.Api;

// The dashboard's JSON bodies as types, so their serialisation code is generated at compile time.
// Property names go through the snake_case policy of ApiJson (RepDistanceM -> rep_distance_m);
// the order of the properties is the order of the fields on the wire. docs/service.md shows them.

/// <summary>The state of the session at one moment (the feed's "snapshot" and the status' "snapshot").</summary>
public sealed record SnapshotBody(
    double T,
    string Phase,
    int Set,
    int Rep,
    double RepDistanceM,
    double? RepLengthM,
    double ElapsedS,
    double? RemainingS,
    double? PaceSPerKm,
    double? TargetPaceSPerKm,
    double? ProjectedSplitS,
    double? TargetSplitS,
    int? HrBpm,
    string? OffPace,
    double TotalDistanceM,
    IReadOnlyList<SensorBody> Sensors,
    bool Paused,
    bool Done,
    int Step);

/// <summary>One sensor in a snapshot: whether it is lost.</summary>
public sealed record SensorBody(string Sensor, bool Lost);

/// <summary>One finished rep in the rep table.</summary>
public sealed record RepBody(
    int Set,
    int Rep,
    double SplitS,
    double DistanceM,
    double PaceSPerKm,
    double? TargetSplitS,
    int? AvgHrBpm,
    int? MaxHrBpm);

/// <summary>
/// GET /api/status and the answer to every control request. <c>units</c> ("km" or "mi", null before
/// a session) is how the session shows paces and distances; the numbers themselves stay metric.
/// </summary>
public sealed record StatusBody(
    string State,
    string? Session,
    string? Workout,
    string? Trace,
    bool? Completed,
    int RepsDone,
    SnapshotBody? Snapshot,
    IReadOnlyList<string> Sinks,
    PlanBody? Plan,
    string? Interrupted = null,
    string? Units = null);

/// <summary>The session's plan, so a display can name what comes next and how far through the workout it is.</summary>
public sealed record PlanBody(string Name, double Tolerance, int Reps, IReadOnlyList<StepBody> Steps);

/// <summary>One step of the plan, in the order they are run (a snapshot's "step" indexes this list).</summary>
public sealed record StepBody(string Phase, int Set, int Rep, double? DistanceM, double? DurationS, double? TargetPaceSPerKm, double Tolerance);
