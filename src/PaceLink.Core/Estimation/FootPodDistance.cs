using PaceLink.Core.Gatt;

namespace PaceLink.Core.Estimation;

/// <summary>
/// Distance and speed from a foot pod, calibrated. Uses the pod's total-distance field when it sends
/// it (so nothing is lost across a dropout: the counter kept counting), otherwise integrates speed.
/// Between samples, and while the pod is silent, distance is extrapolated from the last speed.
/// </summary>
/// <remarks>
/// A pod measures stride by stride, so a reading describes the past: its total distance stops at the
/// last footfall (on average half a step before the notification) and its speed is an average over
/// the last strides (about a step and a half old). With <paramref name="lagCompensation"/> the
/// extrapolation starts from that older moment, which removes the late bias this would otherwise
/// give every predicted crossing; the step time comes from the cadence the pod sends.
/// </remarks>
internal sealed class FootPodDistance(double calibration, TimeSpan gap, bool lagCompensation = true)
{
    // Assumed when the pod sends no cadence: 180 steps per minute.
    private const double DefaultStepSeconds = 1 / 3.0;

    // Faster than any runner; bounds what a counter increment can plausibly be.
    private const double FastestMetresPerSecond = 12;
    private const double SlackMetres = 50;
    // Long enough for the pace of a whole rep of several minutes.
    private static readonly TimeSpan History = TimeSpan.FromMinutes(5);

    private readonly CumulativeCounter _counter = new();
    // Speed history, oldest first, from index _oldest on. A list rather than a queue so a short
    // window can start from the end: five minutes at 4 Hz is 1,200 samples, read twice per sample.
    private readonly List<(TimeSpan At, double Speed)> _speeds = [];
    private int _oldest;
    private int _outOfOrder; // samples in the history taken before the one added just before them

    /// <summary>Calibrated distance up to the latest sample, in metres.</summary>
    public double Committed { get; private set; }

    /// <summary>Calibrated speed of the latest sample, m/s.</summary>
    public double LastSpeed { get; private set; }

    /// <summary>Session time of the latest sample; null before the first.</summary>
    public TimeSpan? LastSampleAt { get; private set; }

    /// <summary>Pod restarts seen (the total distance dropped).</summary>
    public int Restarts => _counter.Restarts;

    /// <summary>How old the latest reading was when it was sent, in seconds (0 without lag compensation).</summary>
    public double ReadingAgeSeconds { get; private set; }

    /// <summary>Adds a sample taken at <paramref name="at"/>.</summary>
    public void Add(TimeSpan at, RscMeasurement m)
    {
        var speed = m.SpeedMetresPerSecond * calibration;
        if (LastSampleAt is { } last)
        {
            var dt = Math.Max(0, (at - last).TotalSeconds);
            var integrated = (at - last) > gap
                ? LastSpeed * dt // across a dropout: what the extrapolation already showed
                : (LastSpeed + speed) / 2 * dt;
            if (m.TotalDistanceRaw is { } raw)
            {
                var plausible = (uint)Math.Min(uint.MaxValue / 2, (FastestMetresPerSecond * dt + SlackMetres) * 10);
                Committed += _counter.Next(raw, plausible) is { } increment ? increment / 10.0 * calibration : integrated;
            }
            else
            {
                _counter.Reset();
                Committed += integrated;
            }
        }
        else if (m.TotalDistanceRaw is { } first)
        {
            _counter.Next(first, 0);
        }
        LastSampleAt = LastSampleAt is { } l && l > at ? l : at;
        LastSpeed = speed;
        ReadingAgeSeconds = lagCompensation ? ReadingAge(m) : 0;
        if (_speeds.Count > _oldest && at < _speeds[^1].At) _outOfOrder++;
        _speeds.Add((at, speed));
        while (_oldest < _speeds.Count && _speeds[_oldest].At < at - History)
        {
            if (_oldest + 1 < _speeds.Count && _speeds[_oldest + 1].At < _speeds[_oldest].At) _outOfOrder--;
            _oldest++;
        }
        if (_oldest >= 1024 && _oldest * 2 >= _speeds.Count)
        {
            _speeds.RemoveRange(0, _oldest);
            _oldest = 0;
        }
    }

    /// <summary>Distance at <paramref name="at"/>: the committed distance plus the last speed carried forward from when the reading was taken.</summary>
    public double DistanceAt(TimeSpan at) =>
        LastSampleAt is { } last
            ? Committed + LastSpeed * (Math.Max(0, (at - last).TotalSeconds) + ReadingAgeSeconds)
            : Committed;

    private static double ReadingAge(RscMeasurement m)
    {
        var step = m.CadencePerMinute >= 60 ? 60.0 / m.CadencePerMinute : DefaultStepSeconds;
        return m.TotalDistanceMetres is not null ? step / 2 : step * 2;
    }

    /// <summary>
    /// Mean of the speed samples in the window ending at <paramref name="at"/>, leaving out any taken
    /// before <paramref name="notBefore"/>; the last speed when there are none.
    /// </summary>
    public double RecentSpeed(TimeSpan at, TimeSpan window, TimeSpan? notBefore = null)
    {
        var from = notBefore is { } nb && nb > at - window ? nb : at - window;
        var first = _oldest;
        if (_outOfOrder == 0)
        {
            // In time order: everything before the first sample after `from` is outside the window.
            first = _speeds.Count;
            while (first > _oldest && _speeds[first - 1].At > from) first--;
        }
        double sum = 0;
        var n = 0;
        for (var i = first; i < _speeds.Count; i++)
        {
            var (t, v) = _speeds[i];
            if (t <= from || t > at) continue;
            sum += v;
            n++;
        }
        return n > 0 ? sum / n : LastSpeed;
    }
}
