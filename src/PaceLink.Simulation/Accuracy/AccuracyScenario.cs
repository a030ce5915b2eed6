using PaceLink.Simulation.Sensors;

namespace PaceLink.Simulation.Accuracy;

/// <summary>One foot-pod set-up to measure the rep-end cue against.</summary>
/// <param name="PodHz">Notifications per second.</param>
/// <param name="TotalDistance">Whether the pod sends its total-distance field (otherwise the engine integrates speed).</param>
public sealed record AccuracyScenario(double PodHz, bool TotalDistance)
{
    /// <summary>The pod's radio link; by default 30 ms latency plus up to 40 ms jitter.</summary>
    public LinkOptions Link { get; init; } = new();

    /// <summary>The four set-ups the README quotes: 1 Hz and 2 Hz, with and without total distance.</summary>
    public static IReadOnlyList<AccuracyScenario> Standard { get; } =
    [
        new(1, true),
        new(1, false),
        new(2, true),
        new(2, false),
    ];

    public override string ToString() => $"{PodHz:0.#} Hz, {(TotalDistance ? "total distance" : "speed only")}";
}

/// <summary>How well one rep was coached.</summary>
/// <param name="Seed">The simulated session it came from.</param>
/// <param name="Set">Set number.</param>
/// <param name="Rep">Rep number.</param>
/// <param name="CueErrorSeconds">Rep-complete cue minus the runner's true crossing (positive: late).</param>
/// <param name="SplitErrorSeconds">Announced split minus the true split.</param>
public readonly record struct RepAccuracy(int Seed, int Set, int Rep, double CueErrorSeconds, double SplitErrorSeconds);

/// <summary>The measured reps of one scenario.</summary>
public sealed record AccuracyReport(AccuracyScenario Scenario, IReadOnlyList<RepAccuracy> Reps)
{
    /// <summary>Rep-complete cue time minus the true crossing.</summary>
    public ErrorStats CueError => ErrorStats.Of(Reps.Select(r => r.CueErrorSeconds).ToList());
    /// <summary>Announced split minus the true split.</summary>
    public ErrorStats SplitError => ErrorStats.Of(Reps.Select(r => r.SplitErrorSeconds).ToList());
}
