using System.Diagnostics;
using System.Reactive.Subjects;
using PaceLink.Benchmarks;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Service.Sessions;

namespace PaceLink.Harness;

/// <summary>
/// Latency from a notification arriving to what the engine makes of it, on the real clock: a
/// "radio" thread hands over pre-recorded notifications (pod and strap at 4 Hz) at their times,
/// posting them to the session clock as a BlueZ callback does; a sink notes how long after the
/// hand-over the snapshot for that notification, and any coaching event it caused, came out.
/// `--busy` keeps the other core busy with a bounded shell loop in another process.
/// </summary>
internal static class Latency
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var seconds = a.Number("seconds", 120);
        var warmup = a.Number("warmup", 10);
        var hz = a.Number("hz", 4);
        var busy = a.Text("busy") is "yes" or "true" or "1";
        a.CheckAllKnown();
        var settings = LiveRig.ShortWarmup();
        var recorded = HourSession.Generate(seed: 3, podHz: hz, strapHz: hz, plan: settings.ToPlan())
            .Records.OfType<NotifyRecord>().Select(r => r.ToNotification()).ToList();
        using var loop = busy ? Process.Start("timeout", [$"{seconds + 10:0}", "sh", "-c", "while :; do :; done"]) : null;
        var radio = new Radio(recorded);
        var rig = new LiveRig(clock => radio.On(clock), settings, [radio]);
        await using (rig)
        {
            radio.Play(rig.StartedAt, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmup));
        }
        if (loop is { HasExited: false }) loop.Kill(entireProcessTree: true); // the shell loop too, not only `timeout`
        Console.WriteLine($"other core {(busy ? "busy (sh loop)" : "idle")}, {seconds:0} s (first {warmup:0} s not counted), pod and strap at {hz:0.#} Hz");
        Console.WriteLine($"notification -> its snapshot: {Percentiles.Describe(radio.ToSnapshot, "ms")}");
        Console.WriteLine($"notification -> coaching event it caused: {Percentiles.Describe(radio.ToEvent, "ms")}");
        return 0;
    }

    /// <summary>Source and sink at once: hands notifications over from its own thread and times what comes back.</summary>
    private sealed class Radio(IReadOnlyList<Notification> recorded) : INotificationSource, ICoachingSink
    {
        private readonly Subject<Notification> _arrivals = new();
        private SessionClock? _clock;
        private long _arrivedAt; // set on the clock's thread while the engine handles one notification
        private volatile bool _counting;

        public List<double> ToSnapshot { get; } = [];
        public List<double> ToEvent { get; } = [];
        public string Name => "latency probe";
        public IReadOnlyList<SensorInfo> Sensors { get; } =
            [Simulation.Sensors.SimulatedFootPod.Info, Simulation.Sensors.SimulatedHeartStrap.Info];
        public IObservable<Notification> Notifications => _arrivals;

        public INotificationSource On(SessionClock clock)
        {
            _clock = clock;
            return this;
        }

        /// <summary>Hands every recorded notification over at its time after <paramref name="startedAt"/>, for <paramref name="length"/>; samples count after <paramref name="warmup"/>.</summary>
        public void Play(long startedAt, TimeSpan length, TimeSpan warmup)
        {
            foreach (var n in recorded.TakeWhile(n => n.At < length))
            {
                var wait = n.At - Stopwatch.GetElapsedTime(startedAt);
                if (wait > TimeSpan.Zero) Thread.Sleep(wait);
                var arrived = Stopwatch.GetTimestamp();
                _counting = n.At >= warmup; // the first seconds include compiling the code paths
                _clock!.Post(() =>
                {
                    _arrivedAt = arrived;
                    // Stamped on the session's clock as it is delivered, as every source does.
                    _arrivals.OnNext(n with { At = _clock.Elapsed });
                    _arrivedAt = 0;
                });
            }
        }

        public void OnEvent(CoachingEvent cue)
        {
            if (_arrivedAt != 0 && _counting) ToEvent.Add(Stopwatch.GetElapsedTime(_arrivedAt).TotalMilliseconds);
        }

        public void OnSnapshot(CoachingSnapshot snapshot)
        {
            if (_arrivedAt != 0 && _counting) ToSnapshot.Add(Stopwatch.GetElapsedTime(_arrivedAt).TotalMilliseconds);
        }
    }
}
