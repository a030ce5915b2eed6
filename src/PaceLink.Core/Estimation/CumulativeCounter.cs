namespace PaceLink.Core.Estimation;

/// <summary>
/// Follows an unsigned 32-bit counter that only goes up (a pod's total distance in 1/10 m):
/// turns readings into increments, across wrap-around, and spots a restart of the sensor.
/// </summary>
internal sealed class CumulativeCounter
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
        if (previous is not { } p)
        {
            _last = reading;
            return null;
        }
        var increment = unchecked(reading - p);
        if (increment <= plausibleIncrement)
        {
            _last = reading;
            return increment;
        }
        // A reading a little below the last one is an older reading delivered late (a trace replayed
        // in time order whose stamps were out of order): nothing new, and the last stays the highest.
        // A restart drops the counter to near zero, far below half the last reading.
        var drop = p - reading;
        if (reading < p && drop <= plausibleIncrement && reading > drop) return 0;
        _last = reading;
        Restarts++;
        return null;
    }

    /// <summary>Forget the last reading (the sensor stopped sending the field).</summary>
    public void Reset() => _last = null;
}
