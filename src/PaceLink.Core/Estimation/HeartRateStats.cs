namespace PaceLink.Core.Estimation;

/// <summary>Heart rate over one phase: mean, max, and the value at its start and end.</summary>
public sealed class HeartRateStats(int? atStart)
{
    private long _sum;
    private int _count;

    public int? AtStart { get; } = atStart;
    public int? Max { get; private set; }
    public int? Average => _count == 0 ? null : (int)Math.Round((double)_sum / _count, MidpointRounding.AwayFromZero);

    public void Add(int bpm)
    {
        _sum += bpm;
        _count++;
        if (Max is not { } m || bpm > m) Max = bpm;
    }
}
