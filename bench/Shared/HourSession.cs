using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Simulation;
using PaceLink.Simulation.Runner;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Benchmarks;

/// <summary>
/// A one-hour, two-sensor session made once with the simulator (foot pod at 4 Hz, heart-rate
/// strap at 1 Hz, the runner following the cues of a four-set interval workout), kept as a trace
/// so every benchmark and harness run replays exactly the same notifications.
/// </summary>
public static class HourSession
{
    /// <summary>Notifications in the hour: 3,600 s x (4 Hz + 1 Hz).</summary>
    public const int Notifications = 18_000;

    public static readonly TimeSpan Length = TimeSpan.FromHours(1);

    /// <summary>Four sets (about 69 minutes of plan), so the hour ends inside the workout, not after it.</summary>
    public static WorkoutPlan Plan { get; } = WorkoutPresets.Intervals(4, Pace.FromSecondsPerKm(240));

    public static CoachingOptions Options { get; } = new();

    /// <summary>Simulates the hour (the runner following <paramref name="plan"/>, by default <see cref="Plan"/>) on virtual time and returns it as a trace (notifications only).</summary>
    public static TraceContents Generate(int seed = 7, double podHz = 4, double strapHz = 1, WorkoutPlan? plan = null)
    {
        plan ??= Plan;
        var start = new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);
        var scheduler = new HistoricalScheduler(start);
        var run = new SimulatedRun(new SimulationOptions
        {
            Seed = seed,
            Runner = new SimulatedRunnerProfile { RepPace = Pace.FromSecondsPerKm(240) },
            FootPod = new FootPodOptions { Hz = podHz },
            HeartStrap = new HeartStrapOptions { Hz = strapHz },
        }, scheduler);
        run.Runner.Follow(plan);
        var received = new List<Notification>();
        using var session = new CoachingSession(plan, Options, scheduler);
        using var listening = session.Events.Subscribe(run.Hear);
        var notifications = run.Notifications.Publish();
        using var recording = notifications.Subscribe(received.Add);
        using var running = session.Start(notifications, Observable.Never<CoachCommand>());
        using var connected = notifications.Connect();
        // A few seconds more: radio latency pushes the last notifications of the hour just past it.
        scheduler.AdvanceTo(start + Length + TimeSpan.FromSeconds(5));
        var expected = (int)Math.Round(Length.TotalSeconds * (podHz + strapHz));
        var kept = received.OrderBy(n => n.At).Take(expected).Select(n => (TraceRecord)NotifyRecord.From(n)).ToList();
        var header = new TraceHeader { StartedUtc = start, Sensors = run.Sensors };
        return new TraceContents(header, kept);
    }

    /// <summary>The whole pipeline on a fresh <see cref="HistoricalScheduler"/>: decode, estimators, engine, events.</summary>
    public static ReplayResult Replay(TraceContents trace) => TraceReplay.Run(trace, Plan, Options);

    /// <summary>The hour as the bytes of a trace file (format v1, as <see cref="TraceWriter"/> writes it).</summary>
    public static byte[] File(TraceContents trace)
    {
        using var bytes = new MemoryStream();
        using (var writer = new TraceWriter(bytes, leaveOpen: true))
        {
            writer.WriteHeader(trace.Header);
            foreach (var record in trace.Records) writer.Write(record);
        }
        return bytes.ToArray();
    }

    /// <summary>Replays a trace file's bytes as <c>pacelink replay</c> does: streamed, never held whole.</summary>
    public static ReplayResult ReplayFile(byte[] file) => ReplayFile(new MemoryStream(file, writable: false));

    /// <summary>Replays a trace file as it is read, with the hour's workout.</summary>
    public static ReplayResult ReplayFile(Stream file) => TraceReplay.Run(TraceStream.Open(file), Plan, Options);
}
