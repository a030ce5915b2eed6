namespace PaceLink.Bluetooth.Sensors;

/// <summary>How a sensor link retries: exponential backoff from <see cref="FirstRetry"/> up to <see cref="MaxRetry"/>.</summary>
public sealed record SensorLinkOptions
{
    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxRetry { get; init; } = TimeSpan.FromSeconds(30);
    public double Multiplier { get; init; } = 2;

    /// <summary>How long to scan for a sensor the platform does not know (yet) before counting the attempt as failed.</summary>
    public TimeSpan DiscoveryTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many connections in a row may lack the sensor's service before the link gives up. BlueZ
    /// can report a connection whose service discovery failed half-way (the link dropped during it),
    /// so one missing service does not prove the sensor lacks it.
    /// </summary>
    public int ServiceMissingAttempts { get; init; } = 3;

    /// <summary>
    /// Told about every failed attempt (sensor id, error), not only the first of an outage that the
    /// link reports as <see cref="LinkStatus.Lost"/>: for logs that explain why a link stays down.
    /// </summary>
    public Action<string, Exception>? AttemptFailed { get; init; }

    /// <summary>The wait before retry number <paramref name="failures"/> (0 = first retry).</summary>
    public TimeSpan Backoff(int failures)
    {
        var ticks = FirstRetry.Ticks * Math.Pow(Multiplier, Math.Min(failures, 30));
        return ticks >= MaxRetry.Ticks ? MaxRetry : TimeSpan.FromTicks((long)ticks);
    }
}
