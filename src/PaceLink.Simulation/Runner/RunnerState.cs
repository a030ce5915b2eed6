namespace PaceLink.Simulation.Runner;

/// <summary>The runner at one instant (true values, not what a sensor reads).</summary>
/// <param name="At">Time since the session start.</param>
/// <param name="DistanceMetres">True distance covered since the session start.</param>
/// <param name="SpeedMetresPerSecond">True speed.</param>
/// <param name="HeartRate">True heart rate (bpm, not rounded).</param>
/// <param name="CadencePerMinute">Steps per minute; 0 when standing.</param>
/// <param name="Steps">Footfalls since the session start.</param>
/// <param name="Activity">What the runner is doing.</param>
public readonly record struct RunnerState(
    TimeSpan At,
    double DistanceMetres,
    double SpeedMetresPerSecond,
    double HeartRate,
    double CadencePerMinute,
    int Steps,
    RunnerActivity Activity);

/// <summary>One footfall: when it landed and the true distance at that moment.</summary>
public readonly record struct Footfall(TimeSpan At, double DistanceMetres);

/// <summary>One heartbeat: when it happened and the RR interval that ended with it (s).</summary>
public readonly record struct Heartbeat(TimeSpan At, double RrSeconds);
