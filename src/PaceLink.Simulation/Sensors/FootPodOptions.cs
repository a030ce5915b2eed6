namespace PaceLink.Simulation.Sensors;

/// <summary>How the simulated foot pod behaves.</summary>
public sealed record FootPodOptions
{
    /// <summary>Notifications per second, 1 to 4 like real pods.</summary>
    public double Hz { get; init; } = 1;

    /// <summary>Whether the pod sends the optional total-distance field (many do, some only speed).</summary>
    public bool SendsTotalDistance { get; init; } = true;

    /// <summary>Whether the pod sends the optional stride-length field.</summary>
    public bool SendsStrideLength { get; init; } = true;

    /// <summary>How wrong the pod's stride estimate is: 0.04 = reads 4 % long (distance and speed).</summary>
    public double CalibrationError { get; init; }

    /// <summary>Random error of each measured stride (fraction); it averages out over a rep.</summary>
    public double StrideNoise { get; init; } = 0.01;

    /// <summary>The pod's total-distance counter at the start (m): set it near 429,496,729.5 m to exercise the 32-bit wrap.</summary>
    public double TotalDistanceAtStartMetres { get; init; }

    /// <summary>Radio behaviour.</summary>
    public LinkOptions Link { get; init; } = new();
}

/// <summary>How the simulated heart-rate strap behaves.</summary>
public sealed record HeartStrapOptions
{
    /// <summary>Notifications per second (straps send about once a second).</summary>
    public double Hz { get; init; } = 1;

    /// <summary>Whether RR intervals are sent.</summary>
    public bool SendsRrIntervals { get; init; } = true;

    /// <summary>Radio behaviour.</summary>
    public LinkOptions Link { get; init; } = new() { Latency = TimeSpan.FromMilliseconds(25) };
}
