namespace PaceLink.Simulation.Runner;

/// <summary>What the simulated runner is doing, following the cues it heard.</summary>
public enum RunnerActivity
{
    /// <summary>Standing still: before the start, at the line before a "go", after the session.</summary>
    Standing,
    /// <summary>Walking, the first seconds of a short rest.</summary>
    Walking,
    /// <summary>Easy jogging: warm-up, cool-down, between sets.</summary>
    Jogging,
    /// <summary>Running a rep at (their idea of) the target pace.</summary>
    Running,
}
