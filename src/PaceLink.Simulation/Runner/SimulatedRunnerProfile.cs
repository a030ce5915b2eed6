using PaceLink.Core.Units;

namespace PaceLink.Simulation.Runner;

/// <summary>
/// Who the simulated runner is: how fast they run the reps, how they jog, how their heart
/// responds. Defaults describe a trained runner doing 400 m reps at 4:00/km.
/// </summary>
public sealed record SimulatedRunnerProfile
{
    /// <summary>The pace the workout asks for in the reps (a followed plan's per-rep target wins).</summary>
    public Pace RepPace { get; init; } = Pace.FromSecondsPerKm(240);

    /// <summary>How far off the target the runner actually runs: 0.08 = 8 % slower pace, -0.05 = 5 % faster.</summary>
    public double PaceError { get; init; }

    /// <summary>Warm-up, cool-down and set-rest jogging pace.</summary>
    public Pace JogPace { get; init; } = Pace.FromSecondsPerKm(330);

    /// <summary>Walking speed in the first seconds of a short rest.</summary>
    public double WalkSpeedMetresPerSecond { get; init; } = 1.3;

    /// <summary>Seconds between hearing a cue and moving on it.</summary>
    public double ReactionSeconds { get; init; } = 0.35;

    /// <summary>Hardest acceleration from a standing start (m/s²).</summary>
    public double MaxAcceleration { get; init; } = 3.2;

    /// <summary>Time constant of reaching the target speed (s): how quickly the runner settles.</summary>
    public double SpeedTimeConstantSeconds { get; init; } = 1.1;

    /// <summary>Hardest braking (m/s²) when easing off after a rep.</summary>
    public double MaxDeceleration { get; init; } = 2.0;

    /// <summary>Standard deviation of the slowly wandering pace (fraction of speed).</summary>
    public double PaceNoise { get; init; } = 0.015;

    /// <summary>How long a pace wander lasts (s): the correlation time of the noise.</summary>
    public double PaceNoiseSeconds { get; init; } = 8;

    /// <summary>Standard deviation of the rep-to-rep offset (fraction of speed).</summary>
    public double RepToRepNoise { get; init; } = 0.01;

    /// <summary>Speed lost per rep already run (fatigue): 0.0025 = 0.25 % slower each rep.</summary>
    public double FatiguePerRep { get; init; } = 0.0025;

    /// <summary>Whether the runner runs a touch quicker to make up the second or so a standing start costs, as experienced runners do to hit a split.</summary>
    public bool MakesUpStandingStart { get; init; } = true;

    /// <summary>Heart rate standing still, fresh.</summary>
    public double StandingHeartRate { get; init; } = 72;

    /// <summary>Heart rate the runner would reach at <see cref="MaxEffortSpeedMetresPerSecond"/>.</summary>
    public double MaxHeartRate { get; init; } = 190;

    /// <summary>Speed at which the heart would eventually reach its maximum.</summary>
    public double MaxEffortSpeedMetresPerSecond { get; init; } = 5.1;

    /// <summary>Time constant of the heart rate rising under load (s).</summary>
    public double HeartRiseSeconds { get; init; } = 22;

    /// <summary>Time constant of the heart rate recovering in a rest (s). About 60 s gives the
    /// 30-50 bpm drop in the first minute that trained runners show.</summary>
    public double HeartRecoverySeconds { get; init; } = 60;

    /// <summary>Beats per minute the heart drifts up per rep already run (cardiac drift).</summary>
    public double HeartDriftPerRep { get; init; } = 1.5;

    /// <summary>Distance of one rep; the truth records when the runner really covered it (a followed plan's step length wins).</summary>
    public double RepDistanceMetres { get; init; } = 400;
}
