using PaceLink.Core.Coaching;

namespace PaceLink.Core.Engine;

/// <summary>
/// Decides when to tell the runner they are off pace or back on it: the projection must sit outside
/// the tolerance (or back inside it by the hysteresis margin) for the dwell time first.
/// </summary>
internal sealed class PaceJudge
{
    private enum Verdict { On, Slow, Fast, Between }

    private Verdict _told = Verdict.On;
    private Verdict? _candidate;
    private TimeSpan _candidateSince;

    /// <summary>What the runner was last told: null = on pace.</summary>
    public PaceDirection? Told => _told switch { Verdict.Slow => PaceDirection.Slow, Verdict.Fast => PaceDirection.Fast, _ => null };

    /// <summary>A new rep: nothing told yet.</summary>
    public void Reset()
    {
        _told = Verdict.On;
        _candidate = null;
    }

    /// <summary>After a pause: what was told stands, but any dwell starts again.</summary>
    public void Restart() => _candidate = null;

    public CoachingEvent? Judge(TimeSpan at, double projected, double target, double tolerance, CoachingOptions options)
    {
        var deviation = projected / target - 1;
        var verdict = deviation > tolerance ? Verdict.Slow
            : deviation < -tolerance ? Verdict.Fast
            : Math.Abs(deviation) <= tolerance - options.Hysteresis ? Verdict.On
            : Verdict.Between;
        if (verdict == _told || verdict == Verdict.Between)
        {
            _candidate = null;
            return null;
        }
        if (_candidate != verdict)
        {
            _candidate = verdict;
            _candidateSince = at;
        }
        if (at - _candidateSince < options.Dwell) return null;
        _told = verdict;
        _candidate = null;
        return verdict switch
        {
            Verdict.Slow => new OffPace(at, PaceDirection.Slow, projected),
            Verdict.Fast => new OffPace(at, PaceDirection.Fast, projected),
            _ => new BackOnPace(at),
        };
    }
}
