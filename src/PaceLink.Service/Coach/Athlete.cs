using PaceLink.Service.Sessions;

namespace PaceLink.Service.Coach;

/// <summary>One athlete of a group on this host: their own session (trace, summary, history entry) and board.</summary>
public sealed class Athlete(string name, SessionManager sessions)
{
    private int _hrMax;

    public string Name { get; } = name;

    public SessionManager Sessions { get; } = sessions;

    public LiveBoard Board => Sessions.Board;

    /// <summary>The athlete's maximum heart rate (the coach board colours heart rate by its share); null when not given.</summary>
    public int? HrMax
    {
        get => Volatile.Read(ref _hrMax) is > 0 and var max ? max : null;
        set => Volatile.Write(ref _hrMax, value ?? 0);
    }

    /// <summary>True while a session runs or is paused.</summary>
    public bool Live => Sessions.State is SessionState.Running or SessionState.Paused;
}

/// <summary>An athlete of another host, as its MQTT topics last said (see docs/coach.md).</summary>
internal sealed class RemoteAthlete(string name)
{
    private readonly Lock _gate = new();
    private string? _host;
    private string? _snapshot;
    private string? _reps;

    public string Name { get; } = name;

    /// <summary>Their messages, for their own page on this host.</summary>
    public LiveFeed Feed { get; } = new();

    public string? Host { get { lock (_gate) return _host; } }

    /// <summary>The last state message: the snapshot JSON with athlete, host and the rest.</summary>
    public string? Snapshot { get { lock (_gate) return _snapshot; } }

    /// <summary>The last rep table (a JSON array).</summary>
    public string? Reps { get { lock (_gate) return _reps; } }

    internal void Update(string type, string json, string? host)
    {
        lock (_gate)
        {
            if (host is not null) _host = host;
            if (type == "snapshot") _snapshot = json;
            if (type == "reps") _reps = json;
        }
        Feed.Publish(new FeedItem(type, json));
    }
}
