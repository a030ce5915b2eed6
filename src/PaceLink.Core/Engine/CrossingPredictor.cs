using PaceLink.Core.Estimation;

namespace PaceLink.Core.Engine;

/// <summary>
/// When the runner crosses the line of a distance step: predicted from the phase distance and the
/// pod's speed (the timer of the rep-end cue, the projected rep time), or interpolated between the
/// previous check and a sample that is already past it. Before the halfway mark, when it is to be
/// told, the mark is the line predicted first.
/// </summary>
/// <remarks>
/// The coach arms the timer (only it holds the gate its timers run under); the predictor keeps it
/// so that each new sample can replace the prediction.
/// </remarks>
internal sealed class CrossingPredictor(FootPodDistance pod)
{
    // Below this the runner is standing: no crossing is predicted and a projection uses this floor.
    private const double StandingMetresPerSecond = 0.3;

    // The phase distance last checked against the line, and when.
    private TimeSpan _lastCheckAt;
    private double _lastCheckDistance;
    private IDisposable? _timer;

    /// <summary>The rep has yet to pass half its distance, and the runner asked to hear it (<see cref="CoachingOptions.HalfwaySplit"/>).</summary>
    public bool HalfwayDue { get; private set; }

    /// <summary>A new phase from <paramref name="at"/>, at distance 0; <paramref name="halfwayDue"/> when its halfway mark is to be told.</summary>
    public void Reset(TimeSpan at, bool halfwayDue)
    {
        Checked(at, 0);
        HalfwayDue = halfwayDue;
    }

    /// <summary>The phase was at <paramref name="distance"/> at <paramref name="at"/>: the next crossing is interpolated from here.</summary>
    public void Checked(TimeSpan at, double distance)
    {
        _lastCheckAt = at;
        _lastCheckDistance = distance;
    }

    public void PassedHalfway() => HalfwayDue = false;

    /// <summary>The time the runner passed <paramref name="length"/>, between the last check and this sample at <paramref name="distance"/>.</summary>
    public TimeSpan Interpolate(TimeSpan at, double distance, double length)
    {
        if (distance <= _lastCheckDistance || at <= _lastCheckAt) return at;
        var fraction = (length - _lastCheckDistance) / (distance - _lastCheckDistance);
        return _lastCheckAt + TimeSpan.FromTicks((long)Math.Round((at - _lastCheckAt).Ticks * Math.Clamp(fraction, 0, 1)));
    }

    /// <summary>
    /// The crossing ahead of <paramref name="distance"/> in a step of <paramref name="full"/> metres,
    /// with the pod's latest speed carried forward: <c>HalfwayMetres</c> is the halfway mark when that
    /// is the crossing predicted, else 0 (the end). Null before the first sample and while standing.
    /// </summary>
    public (TimeSpan Due, double HalfwayMetres)? Predict(TimeSpan at, double distance, double full)
    {
        var halfway = HalfwayDue && distance < full / 2;
        var length = halfway ? full / 2 : full;
        var speed = pod.LastSpeed;
        if (speed < StandingMetresPerSecond || pod.LastSampleAt is null) return null;
        // Whole microseconds: far below what a runner hears, and it keeps float noise in the distance
        // sums from moving a cue by a tick.
        var micros = Math.Max(1, (long)Math.Round((length - distance) / speed * 1e6));
        var ticks = micros * (TimeSpan.TicksPerMillisecond / 1000);
        return (at + TimeSpan.FromTicks(ticks), halfway ? length : 0);
    }

    /// <summary>
    /// Rep time the runner is heading for: <paramref name="elapsed"/> plus the rest of the distance at
    /// the mean pod speed over <paramref name="window"/> (speeds before <paramref name="settled"/> left
    /// out). Null before the first sample.
    /// </summary>
    public double? ProjectedSplit(TimeSpan at, double distance, double length, TimeSpan elapsed, TimeSpan settled, TimeSpan window)
    {
        if (pod.LastSampleAt is null) return null;
        var speed = Math.Max(StandingMetresPerSecond, pod.RecentSpeed(at, window, settled));
        return elapsed.TotalSeconds + Math.Max(0, length - distance) / speed;
    }

    /// <summary>Keeps the timer of the crossing just predicted (after <see cref="Cancel"/>).</summary>
    public void Arm(IDisposable timer) => _timer = timer;

    public void Cancel()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
