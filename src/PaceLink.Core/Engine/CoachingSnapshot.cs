using PaceLink.Core.Coaching;
using PaceLink.Core.Units;

namespace PaceLink.Core.Engine;

/// <summary>The live state of a session for a display; emitted after every input and once a second.</summary>
public sealed record CoachingSnapshot
{
    /// <summary>Session time of this snapshot.</summary>
    public TimeSpan At { get; init; }
    /// <summary>The current phase (done once finished).</summary>
    public Phase Phase { get; init; }
    /// <summary>As in <see cref="PhaseStarted"/>.</summary>
    public int Set { get; init; }
    /// <summary>As in <see cref="PhaseStarted"/>.</summary>
    public int Rep { get; init; }
    /// <summary>Index of the current step in the plan (equal to the step count once done).</summary>
    public int StepIndex { get; init; }
    /// <summary>Steps in the plan.</summary>
    public int StepCount { get; init; }
    /// <summary>Calibrated distance covered in the current phase, in metres.</summary>
    public double PhaseDistanceMetres { get; init; }
    /// <summary>Distance into the current rep, in metres (0 outside reps).</summary>
    public double RepDistanceMetres { get; init; }
    /// <summary>Length of the current distance step (400 for a preset rep); null for timed steps.</summary>
    public double? RepTargetMetres { get; init; }
    /// <summary>Time in the current phase, pauses excluded.</summary>
    public TimeSpan PhaseElapsed { get; init; }
    /// <summary>Time left in a timed phase; null for distance steps.</summary>
    public TimeSpan? PhaseRemaining { get; init; }
    /// <summary>Smoothed calibrated pace from the foot pod; null before any speed sample.</summary>
    public Pace? CurrentPace { get; init; }
    /// <summary>Target pace of the current step, if it has one.</summary>
    public Pace? TargetPace { get; init; }
    /// <summary>Where the current rep is heading, in seconds; null outside reps or before the pace is known.</summary>
    public double? ProjectedSplitSeconds { get; init; }
    /// <summary>Target time of the current rep, in seconds.</summary>
    public double? TargetSplitSeconds { get; init; }
    /// <summary>Latest heart rate; null before any or when the strap lost contact.</summary>
    public int? HeartRate { get; init; }
    /// <summary>Calibrated distance since the session start, in metres.</summary>
    public double TotalDistanceMetres { get; init; }
    /// <summary>True between pause and resume: the phase clock and distance are frozen.</summary>
    public bool Paused { get; init; }
    /// <summary>Null while on pace (or outside reps); otherwise the direction the runner was told about.</summary>
    public PaceDirection? OffPace { get; init; }
    /// <summary>Every sensor heard so far, in order of first notification.</summary>
    public IReadOnlyList<SensorHealth> Sensors { get; init; } = [];
    /// <summary>Split of the latest completed rep, in seconds.</summary>
    public double? LastSplitSeconds { get; init; }
    /// <summary>True once the workout is finished or stopped.</summary>
    public bool Done { get; init; }
}
