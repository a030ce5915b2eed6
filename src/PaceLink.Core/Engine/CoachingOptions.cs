namespace PaceLink.Core.Engine;

/// <summary>How the engine judges distance, pace and sensors. Defaults suit a 1-4 Hz foot pod.</summary>
public sealed record CoachingOptions
{
    public const double DefaultTolerance = 0.03;

    /// <summary>Foot-pod distance and speed are multiplied by this: 0.97 when the pod reads 3 % long.</summary>
    public double Calibration { get; init; } = 1.0;

    /// <summary>Allowed deviation of the projected rep time from the target, as a fraction (±3 %). A step's own tolerance wins.</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>A sensor silent for longer than this is reported lost.</summary>
    public TimeSpan SensorTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>No pace alerts this early in a rep: the runner is still getting up to speed.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The pace must stay off (or back on) this long before the runner is told.</summary>
    public TimeSpan Dwell { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Extra tolerance for going off pace at the start of a rep, shrinking to nothing at its end: early
    /// projections carry most of the rep still to run, so a pace that wanders for a few seconds moves them most.
    /// </summary>
    public double EarlyMargin { get; init; } = 0.01;

    /// <summary>Back on pace needs the projection inside tolerance minus this fraction, so a runner on the edge is not nagged.</summary>
    public double Hysteresis { get; init; } = 0.01;

    /// <summary>Pod speed samples within this window are averaged into the pace a rep is projected with.</summary>
    public TimeSpan SpeedWindow { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>Speeds from the first seconds of a rep (the acceleration) are left out of its projection.</summary>
    public TimeSpan SettlingTime { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Treat each foot-pod reading as taken a little before it was sent (half a step for the total
    /// distance, a step and a half for speed-only pods), as pods measure stride by stride.
    /// </summary>
    public bool PodLagCompensation { get; init; } = true;

    /// <summary>Snapshots are also emitted on this period, so a UI's clocks move between samples.</summary>
    public TimeSpan SnapshotInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Seconds before the end of a timed phase at which a countdown is given.</summary>
    public IReadOnlyList<int> CountdownSeconds { get; init; } = [10, 5, 4, 3, 2, 1];

    /// <summary>
    /// In a set rest, also count down each whole minute left (a countdown of 180, 120, 60 s): the
    /// runner walking about between sets hears how long is left without looking at a watch.
    /// </summary>
    public bool MinutesInSetRest { get; init; } = true;

    /// <summary>
    /// Also mark the halfway point of every rep (a <c>HalfwaySplit</c> event at 200 m of a 400): off by
    /// default, so the events of a session (and <c>replay --json</c>) are those of a plain run unless asked.
    /// </summary>
    public bool HalfwaySplit { get; init; }
}
