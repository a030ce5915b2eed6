using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Text;
using PaceLink.Core.Units;

namespace PaceLink.Service.Sessions;

/// <summary>What a finished live session reports: how it ended, its reps, where the trace is.</summary>
public sealed record SessionSummary
{
    /// <summary>Where the trace was written; null when recording could not start.</summary>
    public string? TracePath { get; init; }
    /// <summary>Session time at the end.</summary>
    public TimeSpan Duration { get; init; }
    /// <summary>True when the workout ran to its end (false: stopped or cancelled).</summary>
    public bool Completed { get; init; }
    /// <summary>True when the service was killed mid-session and the session was finished at its next start.</summary>
    public bool Interrupted { get; init; }
    /// <summary>Where the runner stopped the session before its end (stop, Ctrl+C, SIGTERM, the API); null when it was not stopped.</summary>
    public SessionStop? Stopped { get; init; }
    /// <summary>Every completed rep, as announced; a rep cut short by a stop is not one.</summary>
    public IReadOnlyList<RepCompleted> Reps { get; init; } = [];
    /// <summary>Finished phases with their heart-rate figures.</summary>
    public IReadOnlyList<PhaseSummary> Phases { get; init; } = [];
    /// <summary>Raw notifications handed to the engine (and recorded).</summary>
    public long Notifications { get; init; }
    /// <summary>Coaching events emitted.</summary>
    public long Events { get; init; }
    /// <summary>Trace records written (header included); fewer than expected when the disk failed.</summary>
    public long RecordsWritten { get; init; }
    /// <summary>Records the disk never took (held in memory when the session ended, or dropped over the bound).</summary>
    public long RecordsLost { get; init; }
    /// <summary>Failures per alert sink, if any failed.</summary>
    public IReadOnlyDictionary<string, int> SinkFailures { get; init; } = new Dictionary<string, int>();

    /// <summary>A few lines for people.</summary>
    public IEnumerable<string> Describe()
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Create(c, $"Session {(Completed ? "completed" : Interrupted ? "interrupted" : "stopped")} after {DurationText.Format(Duration)}: {Reps.Count} reps, {Notifications} notifications, {Events} events.");
        if (Completed || Stopped is not null)
            yield return EventText.Ending(Reps.Count, Reps.Count > 0 ? Reps.Average(r => r.SplitSeconds) : null, Completed ? null : Stopped);
        foreach (var rep in Reps)
        {
            var hr = Phases.FirstOrDefault(p => p.Phase == Phase.Rep && p.Set == rep.Set && p.Rep == rep.Rep);
            var heart = hr?.AverageHeartRate is { } avg ? string.Create(c, $"  HR avg {avg} max {hr.MaxHeartRate}") : "";
            yield return string.Create(c, $"  set {rep.Set} rep {rep.Rep}: {rep.SplitSeconds:0.0} s for {rep.DistanceMetres:0} m{heart}");
        }
        foreach (var (sink, count) in SinkFailures)
            yield return string.Create(c, $"  alert sink {sink} failed {count} time(s); see the log");
        if (TracePath is null) yield break;
        // Never call a trace complete that is not: the runner must know what a review will lack.
        yield return RecordsLost > 0
            ? string.Create(c, $"Trace: {TracePath} is incomplete: {RecordsLost} records were lost (the disk refused them)")
            : $"Trace: {TracePath}";
    }
}
