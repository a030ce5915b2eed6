using PaceLink.Core.Coaching;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Engine;

/// <summary>
/// The clock of the current phase: when it started, how long it has run with pauses taken out,
/// and for a timed phase the next mark to call (a countdown, or its end) with that mark's timer.
/// </summary>
/// <remarks>
/// The coach arms the timer (only it holds the gate its timers run under); the clock keeps it so
/// that a pause, a lap or the end of the session can cancel it.
/// </remarks>
internal sealed class PhaseClock(CoachingOptions options)
{
    // Pauses that ended in this phase; the one in progress is counted from _pausedSince.
    private TimeSpan _pausedInPhase;
    private TimeSpan? _pausedSince;
    private IDisposable? _timer;

    /// <summary>Session time the phase started.</summary>
    public TimeSpan Start { get; private set; }

    public bool Paused => _pausedSince is not null;

    /// <summary>True when the phase has been paused at all, now or earlier.</summary>
    public bool EverPaused => Paused || _pausedInPhase > TimeSpan.Zero;

    /// <summary>A new phase from <paramref name="at"/>. A paused clock stays stopped: a lap while paused moves on but does not resume.</summary>
    public void Restart(TimeSpan at)
    {
        Start = at;
        _pausedInPhase = TimeSpan.Zero;
        if (Paused) _pausedSince = at;
    }

    /// <summary>Time in the phase at <paramref name="at"/>, pauses taken out; it stands still while paused.</summary>
    public TimeSpan Elapsed(TimeSpan at) => (_pausedSince ?? at) - Start - _pausedInPhase;

    /// <summary>
    /// Time in the phase at <paramref name="moment"/>, with the pauses so far taken out: for a moment
    /// reached while running (a crossing between two samples, a predicted crossing).
    /// </summary>
    public TimeSpan RunningTimeAt(TimeSpan moment) => moment - Start - _pausedInPhase;

    /// <summary>Session time at which the phase will have run <paramref name="elapsed"/>, if it is not paused again.</summary>
    public TimeSpan When(TimeSpan elapsed) => Start + _pausedInPhase + elapsed;

    /// <summary>Stops the clock at <paramref name="at"/>; no effect while already paused.</summary>
    public void Pause(TimeSpan at)
    {
        if (!Paused) _pausedSince = at;
    }

    /// <summary>Starts the clock again at <paramref name="at"/>; false (and nothing changes) if it was not paused.</summary>
    public bool Resume(TimeSpan at)
    {
        if (_pausedSince is not { } since) return false;
        _pausedInPhase += at - since;
        _pausedSince = null;
        return true;
    }

    /// <summary>
    /// The next mark of timed <paramref name="step"/> after <paramref name="at"/>: the latest
    /// seconds-left mark still ahead (<c>Mark</c> &gt; 0, due that long before the end), else the
    /// end itself (<c>Mark</c> 0).
    /// </summary>
    public (TimeSpan Due, int Mark) NextMark(TimeSpan at, WorkoutStep step)
    {
        var duration = step.Duration!.Value;
        var end = When(duration);
        var remaining = end - at;
        var mark = Marks(step)
            .Where(s => TimeSpan.FromSeconds(s) < duration && TimeSpan.FromSeconds(s) < remaining)
            .DefaultIfEmpty(0)
            .Max();
        return mark > 0 ? (end - TimeSpan.FromSeconds(mark), mark) : (end, 0);
    }

    /// <summary>The seconds-left marks of a timed step: the countdown, and in a set rest each whole minute.</summary>
    private IEnumerable<int> Marks(WorkoutStep step) =>
        step.Phase == Phase.SetRest && options.MinutesInSetRest
            ? options.CountdownSeconds.Concat(Enumerable.Range(1, (int)(step.Duration!.Value.TotalSeconds / 60)).Select(m => m * 60))
            : options.CountdownSeconds;

    /// <summary>Keeps the timer of the mark just scheduled; the one before it has fired or been cancelled.</summary>
    public void Arm(IDisposable timer) => _timer = timer;

    public void Cancel()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
