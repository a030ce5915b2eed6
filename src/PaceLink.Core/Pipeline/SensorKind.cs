namespace PaceLink.Core.Pipeline;

/// <summary>What a sensor is to PaceLink. Trace headers write it as rsc | hr | power | treadmill.</summary>
public enum SensorKind
{
    /// <summary>A foot pod: Running Speed and Cadence (0x1814).</summary>
    Rsc,
    /// <summary>A chest strap or a watch broadcasting heart rate (0x180D).</summary>
    Hr,
    /// <summary>A running power pod: Cycling Power (0x1818).</summary>
    Power,
    /// <summary>A treadmill: Fitness Machine (0x1826).</summary>
    Treadmill,
}

/// <summary>A sensor taking part in a session, as written in the trace header.</summary>
public sealed record SensorInfo(string Id, SensorKind Kind, string? Name = null, string? Address = null);
