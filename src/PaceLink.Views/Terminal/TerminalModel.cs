using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Service.Sessions;
using PaceLink.Core.Text;

namespace PaceLink.Views.Terminal;

/// <summary>What the screen shows at one moment (an immutable copy, safe to render on any thread).</summary>
public sealed record TerminalState(
    SessionStart? Start,
    CoachingSnapshot? Snapshot,
    IReadOnlyList<RepRow> Reps,
    IReadOnlyList<string> Recent,
    int? Countdown,
    SessionSummary? Ended);

/// <summary>
/// The terminal's picture of the session, updated from the session's thread and read from the
/// display's: every access takes the lock and reads hand out copies.
/// </summary>
public sealed class TerminalModel
{
    private const int RecentLines = 4;
    private readonly Lock _gate = new();
    private readonly List<RepRow> _reps = [];
    private readonly Queue<string> _recent = new();
    private SessionStart? _start;
    private CoachingSnapshot? _snapshot;
    private int? _countdown;
    private SessionSummary? _ended;
    private SessionStop? _stop;

    /// <summary>The session started: keeps the plan for targets and step lengths.</summary>
    public void Started(SessionStart start)
    {
        lock (_gate) _start = start;
    }

    /// <summary>The latest live state from the engine.</summary>
    public void Snapshot(CoachingSnapshot snapshot)
    {
        lock (_gate)
        {
            _snapshot = snapshot;
            // A countdown number stays up until the next second's one or the phase changes.
            if (_countdown is { } c && snapshot.PhaseRemaining is { } left && left.TotalSeconds < c - 1) _countdown = null;
        }
    }

    /// <summary>A phase ended; a stop is remembered so the last line does not call the workout complete.</summary>
    public void PhaseEnded(PhaseSummary summary)
    {
        lock (_gate)
        {
            _stop = SessionStop.From([summary]) ?? _stop;
            // The rep's heart rate is the engine's, over the whole rep, as on the dashboard and in the review.
            if (summary.Phase == Phase.Rep && _reps.Count > 0 && (_reps[^1].Set, _reps[^1].Rep) == (summary.Set, summary.Rep))
                _reps[^1] = _reps[^1] with { AverageHeartRate = summary.AverageHeartRate, MaxHeartRate = summary.MaxHeartRate };
        }
    }

    /// <summary>A coaching event: countdown number, rep table row, recent lines. Returns the line it adds.</summary>
    public string Event(CoachingEvent cue)
    {
        lock (_gate)
        {
            switch (cue)
            {
                // Minutes left in a set rest are a line, not the big number: the clock already shows them.
                case Countdown { RemainingSeconds: < 60 } c: _countdown = c.RemainingSeconds; break;
                case PhaseStarted: _countdown = null; break;
                case RepCompleted r:
                    var step = _start?.Plan.Step(Phase.Rep, r.Set, r.Rep);
                    _reps.Add(new RepRow(r.Set, r.Rep, r.SplitSeconds, r.DistanceMetres, step?.TargetSplitSeconds));
                    break;
            }
            var line = cue is PhaseStarted { Phase: Phase.Done }
                ? $"{Clock.Stamp(cue.At)} {EventText.Ending(_reps.Count, _reps.Count > 0 ? _reps.Average(r => r.SplitSeconds) : null, _stop)}"
                : EventText.FullLine(cue, _start?.Plan, _start?.Settings.Units ?? DistanceUnit.Kilometres);
            _recent.Enqueue(line);
            while (_recent.Count > RecentLines) _recent.Dequeue();
            return line;
        }
    }

    /// <summary>The session is over.</summary>
    public void End(SessionSummary summary)
    {
        lock (_gate) _ended = summary;
    }

    /// <summary>A consistent copy of everything, for drawing.</summary>
    public TerminalState Read()
    {
        lock (_gate) return new TerminalState(_start, _snapshot, _reps.ToList(), _recent.ToList(), _countdown, _ended);
    }
}
