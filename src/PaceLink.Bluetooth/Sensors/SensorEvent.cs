using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>What one sensor link produces, in order: raw notifications and link changes.</summary>
public abstract record SensorEvent
{
    private SensorEvent() { }

    /// <summary>A raw GATT notification, stamped by the session's clock.</summary>
    public sealed record Measured(Notification Notification) : SensorEvent;

    /// <summary>The link came up, went down, or failed for good.</summary>
    public sealed record Changed(LinkChange Change) : SensorEvent;
}
