using PaceLink.Core.Coaching;

namespace PaceLink.Core.Engine;

/// <summary>
/// Decides when to tell the runner they are off pace or back on it. Two projections of the rep time
/// are judged: one from the recent speed (where the runner is heading now) and one from the rep's
/// settled pace so far. Off pace needs both outside the tolerance on the same side, so a few seconds
/// of a wandering pace do not set off an alert; back on pace needs the recent one inside the
/// tolerance narrowed by the hysteresis, so a runner who corrects is told at once. Either way the
/// verdict must hold for the dwell time first.
/// </summary>
internal sealed class PaceJudge
{
    /// <summary>Projected rep times in seconds: from the recent speed, and from the rep's pace so far.</summary>
    internal readonly record struct Projection(double Recent, double Sustained);

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

    /// <summary>Judges one sample; <paramref name="margin"/> is added to the tolerance for going off pace only.</summary>
    public CoachingEvent? Judge(TimeSpan at, Projection projection, double target, double tolerance, double margin, CoachingOptions options)
    {
        var recent = projection.Recent / target - 1;
        var sustained = projection.Sustained / target - 1;
        var off = tolerance + margin;
        var verdict = Math.Min(recent, sustained) > off ? Verdict.Slow
            : Math.Max(recent, sustained) < -off ? Verdict.Fast
            : Math.Abs(recent) <= tolerance - options.Hysteresis ? Verdict.On
            : Verdict.Between;
        // Tell the runner the more cautious of the two: the projection nearer the target.
        var projected = Math.Abs(recent) < Math.Abs(sustained) ? projection.Recent : projection.Sustained;
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
