namespace PaceLink.Core.Relay;

/// <summary>What a relay serves and from what.</summary>
public sealed record RelayOptions
{
    /// <summary>Serve a foot pod (RSC 0x1814) with its battery.</summary>
    public bool Pod { get; init; } = true;

    /// <summary>Serve a heart-rate strap (0x180D), its measurements passed through byte for byte.</summary>
    public bool HeartRate { get; init; } = true;

    /// <summary>The pod's speed and distance come from a treadmill (FTMS Treadmill Data 0x2ACD) instead of a foot pod.</summary>
    public bool FromTreadmill { get; init; }

    /// <summary>True distance / source distance (the engine's calibration); 1 when none.</summary>
    public double Calibration { get; init; } = 1.0;

    /// <summary>Silence after which the source counts as having dropped out (the engine's sensor timeout).</summary>
    public TimeSpan Gap { get; init; } = TimeSpan.FromSeconds(3);
}
