using PaceLink.Core.Gatt;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>Names for the Body Sensor Location (0x2A38) and Sensor Location (0x2A5D) values of the SIG specifications.</summary>
internal static class SensorLocations
{
    private static readonly string[] Body = ["other", "chest", "wrist", "finger", "hand", "ear lobe", "foot"];

    private static readonly string[] Placement =
    [
        "other", "top of shoe", "in shoe", "hip", "front wheel", "left crank", "right crank", "left pedal", "right pedal",
        "front hub", "rear dropout", "chainstay", "rear wheel", "rear hub", "chest", "spider", "chain ring",
    ];

    /// <summary>"chest", "in shoe", or "unknown (N)" for a reserved value.</summary>
    public static string Describe(ushort characteristic, byte value)
    {
        var names = characteristic == GattIds.BodySensorLocation ? Body : Placement;
        return value < names.Length ? names[value] : $"unknown ({value})";
    }
}
