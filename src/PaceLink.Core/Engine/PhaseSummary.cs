using PaceLink.Core.Coaching;

namespace PaceLink.Core.Engine;

/// <summary>
/// What happened in one finished phase, emitted when it ends: the numbers a review needs beside
/// <see cref="RepCompleted"/> (heart rate per rep, heart rate at the start and end of each rest).
/// </summary>
/// <param name="Phase">The phase that ended.</param>
/// <param name="Set">As in <see cref="PhaseStarted"/>.</param>
/// <param name="Rep">As in <see cref="PhaseStarted"/>.</param>
/// <param name="StartedAt">Session time the phase started.</param>
/// <param name="EndedAt">Session time the phase ended.</param>
/// <param name="ActiveTime">Time in the phase, pauses excluded.</param>
/// <param name="DistanceMetres">Calibrated distance covered (for a completed rep: its planned distance).</param>
/// <param name="AverageHeartRate">Mean of the heart-rate samples in the phase.</param>
/// <param name="MaxHeartRate">Highest heart rate in the phase.</param>
/// <param name="HeartRateAtStart">Latest heart rate when the phase started.</param>
/// <param name="HeartRateAtEnd">Latest heart rate when the phase ended.</param>
/// <param name="EndedBy">Why it ended: on time, on distance, a lap, or a stop.</param>
public sealed record PhaseSummary(
    Phase Phase,
    int Set,
    int Rep,
    TimeSpan StartedAt,
    TimeSpan EndedAt,
    TimeSpan ActiveTime,
    double DistanceMetres,
    int? AverageHeartRate,
    int? MaxHeartRate,
    int? HeartRateAtStart,
    int? HeartRateAtEnd,
    PhaseEnd EndedBy);

/// <summary>Why a phase ended.</summary>
public enum PhaseEnd
{
    Time,
    Distance,
    Lap,
    Stop,
}
