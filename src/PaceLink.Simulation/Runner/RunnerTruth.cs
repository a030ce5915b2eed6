namespace PaceLink.Simulation.Runner;

/// <summary>
/// The ground truth of a simulated session: true distance over time, the true crossing of every
/// rep, heart rate at every rest's start and end. Accuracy checks and tests compare the
/// coaching with this.
/// </summary>
public sealed class RunnerTruth
{
    /// <summary>Spacing of the recorded distance track.</summary>
    public static readonly TimeSpan TrackInterval = TimeSpan.FromMilliseconds(100);

    private readonly List<TrueRep> _reps = [];
    private readonly List<TrueRest> _rests = [];
    private readonly List<double> _track = [0];

    /// <summary>Every rep that was started, in order.</summary>
    public IReadOnlyList<TrueRep> Reps => _reps;

    /// <summary>Every rest, in order.</summary>
    public IReadOnlyList<TrueRest> Rests => _rests;

    /// <summary>How far the track reaches.</summary>
    public TimeSpan TrackedUntil => TrackInterval * (_track.Count - 1);

    /// <summary>True distance at <paramref name="at"/> (within what was simulated), interpolated over the 0.1 s track.</summary>
    public double DistanceAt(TimeSpan at)
    {
        if (at <= TimeSpan.Zero) return 0;
        var x = at / TrackInterval;
        var i = (int)Math.Floor(x);
        if (i >= _track.Count - 1) return _track[^1];
        return _track[i] + (_track[i + 1] - _track[i]) * (x - i);
    }

    internal TrueRep? CurrentRep { get; private set; }
    internal TrueRest? CurrentRest { get; private set; }

    internal void Track(double distance) => _track.Add(distance);

    internal void StartRep(TrueRep rep)
    {
        _reps.Add(rep);
        CurrentRep = rep;
    }

    internal void EndRep() => CurrentRep = null;

    internal void StartRest(TrueRest rest)
    {
        _rests.Add(rest);
        CurrentRest = rest;
    }

    internal void EndRest(TimeSpan at, double heartRate)
    {
        if (CurrentRest is null) return;
        CurrentRest.EndAt = at;
        CurrentRest.HeartRateAtEnd = heartRate;
        CurrentRest = null;
    }
}
