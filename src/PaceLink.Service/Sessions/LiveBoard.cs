using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Workout;
using PaceLink.Service.Alerts;
using PaceLink.Service.Api;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The sink behind the web API and dashboard: it keeps the latest state, the rep table (with
/// the engine's heart rate per rep, from its phase summary) and the session's status, and pushes them to live subscribers. Snapshots
/// go out at most <see cref="SnapshotsPerSecond"/> times a wall second, so a sped-up simulation
/// does not flood a phone; phase changes always go through. The log lines are
/// <see cref="SessionLogSink"/>'s, the summary and the history <see cref="SessionArchiveSink"/>'s.
/// </summary>
public sealed class LiveBoard(AlertSinks alerts, LiveJson json, TimeProvider time) : ICoachingSink
{
    public const int SnapshotsPerSecond = 5;

    private readonly Lock _gate = new();
    private readonly List<RepRow> _reps = [];
    private WorkoutPlan? _plan;
    private SessionStart? _start;
    private CoachingSnapshot? _latest;
    private long _lastSent;
    private BoardStatus _status = BoardStatus.Idle;
    private string? _interrupted;

    /// <summary>One sentence about sessions finished at start-up because the service was killed; null once a new session starts.</summary>
    public string? Interrupted { get { lock (_gate) return _interrupted; } }

    /// <summary>Tells status readers about sessions recovered at start-up (see <see cref="UnfinishedSessions"/>).</summary>
    public void ReportInterrupted(IReadOnlyList<RecoveredSession> recovered)
    {
        if (recovered.Count == 0) return;
        var names = string.Join(", ", recovered.Select(r => r.Session));
        lock (_gate) _interrupted = $"session {names} was interrupted when the service stopped without ending it; its trace was checked, summarised and added to the history as interrupted";
    }

    public string Name => "web";

    public LiveFeed Feed { get; } = new();

    /// <summary>
    /// Each message on its way out: a named athlete's board tags it with the athlete and hands a
    /// copy to the coach board and the MQTT publisher. Null for the service's own unnamed session.
    /// </summary>
    public Func<FeedItem, FeedItem>? Outgoing { get; init; }

    public IReadOnlyList<string> SinkNames => [Name, .. alerts.Names];

    public BoardStatus Status { get { lock (_gate) return _status; } }
    public CoachingSnapshot? Latest { get { lock (_gate) return _latest; } }
    /// <summary>How the current (or last) session started, for its plan; null before any.</summary>
    public SessionStart? Started { get { lock (_gate) return _start; } }
    public IReadOnlyList<RepRow> Reps { get { lock (_gate) return [.. _reps]; } }

    /// <summary>Forgets the previous session before a new one starts.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _reps.Clear();
            _latest = null;
            _plan = null;
            _start = null;
            _status = BoardStatus.Idle;
            _interrupted = null;
        }
        Publish(new FeedItem("reps", json.Reps([])));
    }

    public void OnStarted(SessionStart start)
    {
        lock (_gate)
        {
            _plan = start.Plan;
            _start = start;
            _status = new BoardStatus("running", start.Id, start.TracePath, start.Plan.Name);
        }
        PublishStatus();
    }

    public void OnEvent(CoachingEvent cue)
    {
        if (cue is RepCompleted done) AddRep(done);
        Publish(new FeedItem("event", json.Event(cue)));
        if (cue is RepCompleted) Publish(new FeedItem("reps", json.Reps(Reps)));
    }

    /// <summary>A rep's summary completes its row with the engine's heart rate; the table goes out again with it.</summary>
    public void OnPhaseEnded(PhaseSummary summary)
    {
        if (summary.Phase != Phase.Rep) return;
        lock (_gate)
        {
            if (_reps.Count == 0 || _reps[^1] is not { } last || (last.Set, last.Rep) != (summary.Set, summary.Rep)) return;
            _reps[^1] = last with { AverageHeartRate = summary.AverageHeartRate, MaxHeartRate = summary.MaxHeartRate };
        }
        Publish(new FeedItem("reps", json.Reps(Reps)));
    }

    public void OnSnapshot(CoachingSnapshot snapshot)
    {
        bool send;
        lock (_gate)
        {
            var changed = _latest is null || _latest.Phase != snapshot.Phase || _latest.Rep != snapshot.Rep || _latest.Paused != snapshot.Paused;
            _latest = snapshot;
            if (_status.State is "running" or "paused") _status = _status with { State = snapshot.Paused ? "paused" : "running" };
            var now = time.GetTimestamp();
            send = changed || snapshot.Done || time.GetElapsedTime(_lastSent, now) >= TimeSpan.FromSeconds(1.0 / SnapshotsPerSecond);
            if (send) _lastSent = now;
        }
        if (send) Publish(new FeedItem("snapshot", json.Snapshot(snapshot)));
    }

    public void OnEnded(SessionSummary summary)
    {
        lock (_gate) _status = _status with { State = "finished", Completed = summary.Completed };
        PublishStatus();
    }

    /// <summary>A session was started and will begin at its clock's first tick: report it running already.</summary>
    public void Starting(string session, string? trace)
    {
        lock (_gate)
        {
            // The session may already have said it started (with its workout): keep that.
            if (_status.State == "idle") _status = new BoardStatus("running", session, trace, null);
        }
        PublishStatus();
    }

    public void PublishStatus() => Publish(new FeedItem("status", json.Status(this)));

    private void Publish(FeedItem item) => Feed.Publish(Outgoing is { } outgoing ? outgoing(item) : item);

    private void AddRep(RepCompleted done)
    {
        lock (_gate)
        {
            var step = _plan?.Step(Phase.Rep, done.Set, done.Rep);
            _reps.Add(new RepRow(done.Set, done.Rep, done.SplitSeconds, done.DistanceMetres, step?.TargetSplitSeconds));
        }
    }
}

/// <summary>The session as the status endpoint reports it. State: idle, running, paused, finished.</summary>
public sealed record BoardStatus(string State, string? Session, string? Trace, string? Workout)
{
    public static readonly BoardStatus Idle = new("idle", null, null, null);

    /// <summary>For a finished session: true when the workout ran to its end.</summary>
    public bool? Completed { get; init; }
}
