using PaceLink.Core.Coaching;

namespace PaceLink.Service.Sessions;

/// <summary>
/// What the dashboard shows at one moment. Distances in metres, paces in seconds per km, times in seconds.
/// Null where the value is unknown (no heart-rate strap, no pace yet).
/// </summary>
public sealed record SessionSnapshot(
    TimeSpan At,
    Phase Phase,
    int Set,
    int Rep,
    double? RepDistanceMetres,
    double? RepLengthMetres,
    double? PaceSecondsPerKm,
    double? TargetPaceSecondsPerKm,
    int? HeartRate,
    double? PhaseRemainingSeconds,
    bool Paused);

/// <summary>One finished rep in the table so far.</summary>
public sealed record RepRow(int Set, int Rep, double SplitSeconds, double DistanceMetres, double PaceSecondsPerKm, double? TargetSplitSeconds);
