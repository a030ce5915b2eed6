namespace PaceLink.Core.Estimation;

/// <summary>
/// Follows an unsigned 32-bit counter that only goes up (a pod's total distance in 1/10 m):
/// turns readings into increments, across wrap-around, and spots a restart of the sensor.
/// </summary>
public sealed class CumulativeCounter
{
    private uint? _last;

    /// <summary>Readings that went down in a way wrap-around cannot explain: the sensor restarted.</summary>
    public int Restarts { get; private set; }

    /// <summary>
    /// The increment since the previous reading, or null when there is none to compare with or the
    /// counter restarted. <paramref name="plausibleIncrement"/> bounds a real increment: a wrapped
    /// difference above it means the value dropped (a restart), not that the counter lapped.
    /// </summary>
    public uint? Next(uint reading, uint plausibleIncrement)
    {
        var previous = _last;
        _last = reading;
        if (previous is not { } p) return null;
        var increment = unchecked(reading - p);
        if (increment <= plausibleIncrement) return increment;
        Restarts++;
        return null;
    }

    /// <summary>Forget the last reading (the sensor stopped sending the field).</summary>
    public void Reset() => _last = null;
}
