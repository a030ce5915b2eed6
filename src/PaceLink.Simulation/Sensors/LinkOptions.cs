namespace PaceLink.Simulation.Sensors;

/// <summary>A stretch of radio silence: the sensor keeps measuring but nothing arrives.</summary>
/// <param name="Start">Session time the silence starts.</param>
/// <param name="Length">How long it lasts.</param>
public readonly record struct Dropout(TimeSpan Start, TimeSpan Length)
{
    /// <summary>True when <paramref name="at"/> falls inside the silence.</summary>
    public bool Covers(TimeSpan at) => at >= Start && at < Start + Length;
}

/// <summary>How a notification travels from the sensor to the host.</summary>
public sealed record LinkOptions
{
    /// <summary>Fixed delay from measurement to arrival (BLE connection interval plus stack).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Extra random delay, uniform between zero and this. Order is always kept, as on a BLE link.</summary>
    public TimeSpan Jitter { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Silences, e.g. the runner's arm over the phone.</summary>
    public IReadOnlyList<Dropout> Dropouts { get; init; } = [];
}
