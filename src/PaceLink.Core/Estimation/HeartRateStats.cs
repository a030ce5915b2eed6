namespace PaceLink.Core.Estimation;

/// <summary>Heart rate over one phase: mean, max, and the value at its start and end.</summary>
internal sealed class HeartRateStats(int? atStart)
{
    private long _sum;
    private int _count;

    /// <summary>Heart rate when the phase started.</summary>
    public int? AtStart { get; } = atStart;
    /// <summary>Highest sample.</summary>
    public int? Max { get; private set; }
    /// <summary>Mean of the samples, rounded.</summary>
    public int? Average => _count == 0 ? null : (int)Math.Round((double)_sum / _count, MidpointRounding.AwayFromZero);

    /// <summary>Adds a sample.</summary>
    public void Add(int bpm)
    {
        _sum += bpm;
        _count++;
        if (Max is not { } m || bpm > m) Max = bpm;
    }
}
