namespace PaceLink.Bluetooth.Sensors;

/// <summary>
/// What one sensor link produces, in order, as it happens on the radio's threads. Nothing here is
/// stamped: <see cref="PairedSensorSource"/> stamps each one with session time when it delivers it.
/// </summary>
internal abstract record SensorEvent
{
    private SensorEvent() { }

    /// <summary>A raw GATT notification of the sensor's measurement characteristic.</summary>
    public sealed record Measured(ushort Characteristic, byte[] Payload) : SensorEvent;

    /// <summary>The link came up (with battery and location when the sensor reports them), went down, or failed for good.</summary>
    public sealed record Changed(Core.Pipeline.LinkStatus Status, string Reason, int? BatteryPercent = null, string? Location = null) : SensorEvent;
}
