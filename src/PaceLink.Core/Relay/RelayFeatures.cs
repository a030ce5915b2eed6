using PaceLink.Core.Gatt;

namespace PaceLink.Core.Relay;

/// <summary>What the relayed pod says about itself in RSC Feature (0x2A54) and Sensor Location (0x2A5D).</summary>
public static class RelayFeatures
{
    /// <summary>
    /// Total distance and the running bit always; stride only from a pod (a treadmill has none). No
    /// calibration procedure: the relay is calibrated by PaceLink, and a watch should not scale it again.
    /// </summary>
    public static RscFeature Feature(bool fromTreadmill) => new(!fromTreadmill, true, true, false, false);

    /// <summary>In the shoe for a pod; "other" for a treadmill.</summary>
    public static SensorLocation Location(bool fromTreadmill) => new(fromTreadmill ? SensorPlace.Other : SensorPlace.InShoe);
}
