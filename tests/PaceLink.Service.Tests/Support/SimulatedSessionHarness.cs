using System.Reactive.Concurrency;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Recording;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;
using PaceLink.Simulation;

namespace PaceLink.Service.Tests.Support;

/// <summary>A sink that keeps what it hears.</summary>
internal sealed class RecordingSink(string name = "recording") : ICoachingSink
{
    public string Name { get; } = name;
    public List<CoachingEvent> Events { get; } = [];
    public List<CoachingSnapshot> Snapshots { get; } = [];
    public SessionStart? Started { get; private set; }
    public SessionSummary? Ended { get; private set; }
    public void OnStarted(SessionStart start) => Started = start;
    public void OnEvent(CoachingEvent cue) => Events.Add(cue);
    public void OnSnapshot(CoachingSnapshot snapshot) => Snapshots.Add(snapshot);
    public void OnEnded(SessionSummary summary) => Ended = summary;
}

/// <summary>A sink that fails on everything, like a speech engine that is not installed.</summary>
internal sealed class BrokenSink : ICoachingSink
{
    public string Name => "broken";
    public void OnStarted(SessionStart start) => throw new InvalidOperationException("no speech engine");
    public void OnEvent(CoachingEvent cue) => throw new InvalidOperationException("no speech engine");
}

/// <summary>A simulated live session on virtual time, with its trace in a temporary folder.</summary>
internal sealed class SimulatedSessionHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 5, 1, 6, 30, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new("session");

    public SimulatedSessionHarness(WorkoutSettings? settings = null, SimulationOptions? simulation = null, FlakyDisk? disk = null, Microsoft.Extensions.Logging.ILogger? logger = null, params ICoachingSink[] sinks)
    {
        Clock = new SessionClock(Start);
        Settings = settings ?? ShortTenK;
        Source = new SimulatedSensorSource(new SimulatedRun(simulation ?? new SimulationOptions { Seed = 21 }, Clock));
        Sink = new RecordingSink();
        // The trace's own folder is left for the session to make (a test puts a file in its place).
        TracePath = _folder.File(Path.Combine("trace", "session.jsonl"));
        Session = new LiveSession(new LiveSessionSetup
        {
            Settings = Settings,
            TracePath = TracePath,
            Sinks = [Source, .. sinks, Sink],
            OpenTrace = disk is null ? null : (_, _) => disk.Open(long.MaxValue),
        }, Source, Clock, logger);
    }

    /// <summary>The 10k intervals with a 1 min warm-up, 1 min set rest and 1 min cool-down at 4:00/km.</summary>
    public static WorkoutSettings ShortTenK { get; } = new()
    {
        Workout = "10k",
        TargetPace = Pace.FromSecondsPerKm(240),
        Warmup = TimeSpan.FromMinutes(1),
        SetRest = TimeSpan.FromMinutes(1),
        Cooldown = TimeSpan.FromMinutes(1),
    };

    public SessionClock Clock { get; }
    public WorkoutSettings Settings { get; }
    public SimulatedSensorSource Source { get; }
    public RecordingSink Sink { get; }
    public string TracePath { get; }
    public LiveSession Session { get; }

    /// <summary>Starts and runs until the session ends (or <paramref name="limit"/> of session time).</summary>
    public SessionSummary RunToEnd(TimeSpan? limit = null)
    {
        Session.Start();
        RunUntil(limit ?? TimeSpan.FromHours(2));
        Assert.True(Session.IsEnded, "the session did not end");
        return Session.Completion.Result;
    }

    public void RunUntil(TimeSpan until)
    {
        for (var t = Clock.Elapsed; t < until && !Session.IsEnded; t += TimeSpan.FromSeconds(10))
            Clock.AdvanceTo(t + TimeSpan.FromSeconds(10));
    }

    public TraceContents ReadTrace()
    {
        using var stream = File.OpenRead(TracePath);
        var read = TraceReader.Read(stream);
        Assert.True(read.Ok, read.Error);
        Assert.Empty(read.Warnings);
        return read.Trace!;
    }

    public static IReadOnlyList<string> AsJson(IEnumerable<CoachingEvent> events) =>
        events.Select(CoachingEventJson.Serialize).ToList();

    public void Dispose()
    {
        Session.Dispose();
        _folder.Dispose();
    }
}
