using PaceLink.Core.Estimation;

namespace PaceLink.Core.Engine;

/// <summary>
/// The distance run in the current phase, from the pod's calibrated distance: held while the phase
/// clock is paused (what the pod counts then is not part of the phase), and its start settled again
/// when the pod returns from a dropout the phase began in.
/// </summary>
internal sealed class PhaseDistance(FootPodDistance pod, PhaseClock clock)
{
    // The pod's distance where the phase started (moved on by each pause), and the distance held while paused.
    private double _start;
    private double _held;

    /// <summary>Metres in the phase at <paramref name="at"/>; while paused, what there was at the pause.</summary>
    public double At(TimeSpan at) => clock.Paused ? _held : pod.DistanceAt(at) - _start;

    /// <summary>A new phase from <paramref name="at"/> (a phase started while paused holds 0).</summary>
    public void Restart(TimeSpan at)
    {
        _held = 0;
        _start = pod.DistanceAt(at);
    }

    /// <summary>Holds the distance at <paramref name="at"/>; call before the clock is paused.</summary>
    public void Hold(TimeSpan at) => _held = At(at);

    /// <summary>Carries on from the held distance at <paramref name="at"/> and returns it; call after the clock is resumed.</summary>
    public double Release(TimeSpan at)
    {
        _start = pod.DistanceAt(at) - _held;
        return _held;
    }

    /// <summary>
    /// The pod is back at <paramref name="at"/> after a dropout that began at <paramref name="lastAt"/>
    /// with <paramref name="committedBefore"/> metres. If the phase began during the dropout, its start
    /// distance was the last speed carried forward, which overshoots when the runner slowed meanwhile
    /// (a rest inside the gap). The pod's total distance now says what was really covered in the gap:
    /// the phase starts where a steady spread of that distance puts it, so an error of the gap is not
    /// carried into the rep. True when the start moved (the phase distance is 0 at its start again).
    /// </summary>
    public bool SettleGap(TimeSpan lastAt, double committedBefore, TimeSpan at)
    {
        var start = clock.Start;
        if (clock.EverPaused || start <= lastAt || start >= at) return false;
        var fraction = (start - lastAt) / (at - lastAt);
        _start = committedBefore + (pod.Committed - committedBefore) * fraction;
        return true;
    }
}
