namespace PaceLink.Core.Pipeline;

/// <summary>The status of the link to one sensor.</summary>
public enum LinkStatus
{
    /// <summary>Connected and notifying.</summary>
    Connected,
    /// <summary>Not connected; PaceLink keeps trying with backoff.</summary>
    Lost,
    /// <summary>Not connected and retrying cannot help (no permission, the sensor lacks the service).</summary>
    Failed,
}

/// <summary>
/// The link to <paramref name="Sensor"/> changed at <paramref name="At"/> (session time, as a
/// <see cref="Notification"/> is stamped). <paramref name="Reason"/> is a sentence for people. On
/// connecting, the battery level and the wearing location are read once and carried here when the
/// sensor reports them. The trace records it as connected or disconnected.
/// </summary>
public sealed record LinkChange(TimeSpan At, string Sensor, LinkStatus Status, string Reason, int? BatteryPercent = null, string? Location = null);
