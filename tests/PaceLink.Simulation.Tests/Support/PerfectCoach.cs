using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation;

namespace PaceLink.Simulation.Tests.Support;

/// <summary>
/// A stand-in coach for simulator tests: warm-up, then reps cued from the runner's TRUE crossing
/// (looked at every 20 ms), fixed rests, cool-down. It lets the physics be tested without the engine.
/// </summary>
internal sealed class PerfectCoach
{
    private readonly HistoricalScheduler _scheduler = new(DateTimeOffset.UnixEpoch);

    public PerfectCoach(SimulationOptions options) => Run = new SimulatedRun(options, _scheduler);

    public SimulatedRun Run { get; }
    public List<Notification> Received { get; } = [];
    public List<CoachingEvent> Cues { get; } = [];

    /// <summary>Warm-up for <paramref name="warmup"/>, then reps with the given rests after each, then 2 min cool-down.</summary>
    public void Coach(TimeSpan warmup, params TimeSpan[] restsAfterReps)
    {
        using var sub = Run.Notifications.Subscribe(Received.Add);
        Say(new PhaseStarted(TimeSpan.Zero, Phase.Warmup, 0, 0));
        RunUntil(warmup - TimeSpan.FromSeconds(5));
        Say(new Countdown(Now, 5));
        RunUntil(warmup);
        for (var i = 0; i < restsAfterReps.Length; i++)
        {
            Say(new PhaseStarted(Now, Phase.Rep, 1, i + 1));
            var rep = Run.Truth.Reps[^1];
            while (rep.CrossingAt is null)
            {
                RunUntil(Now + TimeSpan.FromMilliseconds(20));
                Run.Runner.AdvanceTo(Now);
            }
            Say(new RepCompleted(Now, 1, i + 1, rep.SplitSeconds!.Value, 400));
            var rest = restsAfterReps[i];
            Say(new PhaseStarted(Now, rest > TimeSpan.FromMinutes(2) ? Phase.SetRest : Phase.Rest, 1, i + 1));
            var end = Now + rest;
            RunUntil(end - TimeSpan.FromSeconds(5));
            Say(new Countdown(Now, 5));
            RunUntil(end);
        }
        Say(new PhaseStarted(Now, Phase.Cooldown, 0, 0));
        RunUntil(Now + TimeSpan.FromMinutes(2));
    }

    public TimeSpan Now => _scheduler.Now - DateTimeOffset.UnixEpoch;

    public void RunUntil(TimeSpan at) => _scheduler.AdvanceTo(DateTimeOffset.UnixEpoch + at);

    private void Say(CoachingEvent cue)
    {
        Cues.Add(cue);
        Run.Hear(cue);
    }

    public static string Fingerprint(IEnumerable<Notification> received) =>
        string.Join("\n", received.Select(n => $"{n.At.Ticks} {n.Sensor} {n.Characteristic:x4} {Convert.ToHexString(n.Payload.Span)}"));
}
