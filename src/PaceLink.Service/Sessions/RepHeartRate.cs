using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Heart rate during the current rep, from the snapshots (one follows every strap sample), so the
/// rep table can show average and maximum as soon as the rep ends.
/// </summary>
internal sealed class RepHeartRate
{
    private (int Set, int Rep) _rep;
    private long _sum;
    private int _count;
    private int _max;

    public void Add(CoachingSnapshot s)
    {
        if (s.Phase != Phase.Rep) return;
        if ((s.Set, s.Rep) != _rep)
        {
            _rep = (s.Set, s.Rep);
            (_sum, _count, _max) = (0, 0, 0);
        }
        if (s.HeartRate is not { } hr) return;
        _sum += hr;
        _count++;
        _max = Math.Max(_max, hr);
    }

    /// <summary>Average and maximum for the rep just finished; nulls when no strap reported during it.</summary>
    public (int? Average, int? Max) Take(int set, int rep) =>
        (set, rep) == _rep && _count > 0 ? ((int)Math.Round((double)_sum / _count), _max) : (null, null);
}
