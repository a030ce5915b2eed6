using Microsoft.Extensions.Logging;
using PaceLink.Service.Alerts;
using PaceLink.Service.Api;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Coach;

/// <summary>
/// The athletes of a group: each named athlete on this host has a session manager and board of
/// their own, so several sessions run side by side; athletes of other hosts come in through MQTT.
/// Every message of every athlete also goes, wrapped with its athlete, to <see cref="Feed"/> (the
/// coach board's one stream) and to <see cref="Published"/> (the MQTT publisher).
/// The service's unnamed session is not one of them: it stays as it always was.
/// </summary>
internal sealed class AthleteRoster(ISessionStarter starter, GroupAlerts alerts, GroupVoice voice, LiveJson json, TimeProvider time, PaceLinkOptions options, ILoggerFactory logs)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Athlete> _local = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RemoteAthlete> _remote = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>This host's name in the athletes' messages (Mqtt:Host, else the machine's name).</summary>
    public string Host { get; } = string.IsNullOrWhiteSpace(options.Mqtt.Host) ? Environment.MachineName : options.Mqtt.Host;

    /// <summary>Every athlete's messages, each as {"athlete", "host", "data"}.</summary>
    public LiveFeed Feed { get; } = new();

    /// <summary>A local athlete's message (tagged with athlete and host) as it goes out.</summary>
    public event Action<string, FeedItem>? Published;

    public IReadOnlyList<Athlete> Local { get { lock (_gate) return [.. _local.Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)]; } }

    public IReadOnlyList<RemoteAthlete> Remote { get { lock (_gate) return [.. _remote.Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)]; } }

    public Athlete? Find(string name) { lock (_gate) return _local.GetValueOrDefault(name); }

    public RemoteAthlete? FindRemote(string name) { lock (_gate) return _remote.GetValueOrDefault(name); }

    /// <summary>The athlete of that name on this host, added when new; the name must be valid (<see cref="AthleteName"/>).</summary>
    public Athlete GetOrAdd(string name)
    {
        if (AthleteName.Problem(name) is { } problem) throw new ArgumentException(problem, nameof(name));
        lock (_gate)
        {
            if (_local.TryGetValue(name, out var known)) return known;
            Athlete? athlete = null;
            var board = new LiveBoard(alerts.Sinks, json, time) { Outgoing = item => Out(athlete!, item) };
            // The group's voice hears each athlete apart, to word their split with their name.
            var sinks = voice.For(name) is { } spoken ? new AlertSinks([.. alerts.Sinks.All, spoken]) : alerts.Sinks;
            athlete = new Athlete(name, new SessionManager(starter, sinks, board,
                new SessionLogSink(logs.CreateLogger<SessionLogSink>()), new SessionArchiveSink(options, logs.CreateLogger<SessionArchiveSink>()), logs.CreateLogger<SessionManager>()));
            _local[name] = athlete;
            return athlete;
        }
    }

    /// <summary>The athletes a group start without names starts: those paired here and those already on the board.</summary>
    public IReadOnlyList<string> Known()
    {
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var folder = Path.Combine(options.ConfigDir, PairedSensorFile.AthletesFolder);
        if (Directory.Exists(folder))
        {
            foreach (var dir in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(dir);
                if (AthleteName.IsValid(name) && File.Exists(Path.Combine(dir, "sensors.json"))) names.Add(name);
            }
        }
        foreach (var athlete in Local) names.Add(athlete.Name);
        return [.. names];
    }

    /// <summary>A message from another host's athlete (state, reps or an event); this host's own come back from the broker and are skipped.</summary>
    public void FromRemote(string name, string type, string json, string? host)
    {
        if (!AthleteName.IsValid(name) || (host is not null && host == Host)) return;
        RemoteAthlete remote;
        lock (_gate)
        {
            if (_local.ContainsKey(name)) return;
            if (!_remote.TryGetValue(name, out remote!)) _remote[name] = remote = new RemoteAthlete(name);
        }
        remote.Update(type, json, host);
        Feed.Publish(new FeedItem(type, CoachJson.Wrap(name, remote.Host, json)));
    }

    /// <summary>What a new coach board gets first: each athlete's status, rep table and latest snapshot.</summary>
    public List<FeedItem> First()
    {
        var first = new List<FeedItem>();
        foreach (var athlete in Local)
        {
            var board = athlete.Board;
            first.Add(new FeedItem("status", CoachJson.Wrap(athlete.Name, Host, Tag(athlete, "status", json.Status(board)))));
            first.Add(new FeedItem("reps", CoachJson.Wrap(athlete.Name, Host, json.Reps(board.Reps))));
            if (board.Latest is { } s) first.Add(new FeedItem("snapshot", CoachJson.Wrap(athlete.Name, Host, Tag(athlete, "snapshot", json.Snapshot(s)))));
        }
        foreach (var remote in Remote)
        {
            if (remote.Reps is { } reps) first.Add(new FeedItem("reps", CoachJson.Wrap(remote.Name, remote.Host, reps)));
            if (remote.Snapshot is { } snapshot) first.Add(new FeedItem("snapshot", CoachJson.Wrap(remote.Name, remote.Host, snapshot)));
        }
        return first;
    }

    /// <summary>A message of <paramref name="athlete"/> tagged as the athlete's own stream and MQTT carry it.</summary>
    public string Tag(Athlete athlete, string type, string body) => type switch
    {
        "snapshot" => CoachJson.Tag(body, ("athlete", athlete.Name), ("host", Host), ("hr_max_bpm", athlete.HrMax),
            ("tolerance", athlete.Board.Started?.Settings.Tolerance), ("units", athlete.Board.Started is { } s ? PaceLink.Core.Text.DistanceUnits.Name(s.Settings.Units) : null)),
        _ => CoachJson.Tag(body, ("athlete", athlete.Name), ("host", Host)),
    };

    /// <summary>Stops every athlete's session cleanly (the host is stopping).</summary>
    public async Task StopAllAsync()
    {
        await Task.WhenAll(Local.Select(a => a.Sessions.StopAsync()));
        foreach (var athlete in Local) await athlete.Sessions.DisposeAsync();
    }

    private FeedItem Out(Athlete athlete, FeedItem item)
    {
        var tagged = item with { Json = Tag(athlete, item.Type, item.Json) };
        Feed.Publish(new FeedItem(item.Type, CoachJson.Wrap(athlete.Name, Host, tagged.Json)));
        try
        {
            Published?.Invoke(athlete.Name, tagged);
        }
        catch (Exception e)
        {
            logs.CreateLogger<AthleteRoster>().LogWarning(e, "Publishing a message of {Athlete} failed", athlete.Name);
        }
        return tagged;
    }
}

/// <summary>The alert sinks a group's sessions share: the configured ones without the per-runner voice, which would talk over itself for a group (the group has <see cref="GroupVoice"/>).</summary>
internal sealed record GroupAlerts(AlertSinks Sinks);
