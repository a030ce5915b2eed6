using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Simulation.Runner;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Simulation;

/// <summary>Everything about a simulated session that a seed does not decide.</summary>
public sealed record SimulationOptions
{
    /// <summary>Seed of every random choice: the same seed gives the same session.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Who runs: paces, acceleration, noise, fatigue, heart.</summary>
    public SimulatedRunnerProfile Runner { get; init; } = new();
    /// <summary>The foot pod: rate, optional fields, calibration error, link.</summary>
    public FootPodOptions FootPod { get; init; } = new();
    /// <summary>The heart-rate strap: rate, RR intervals, link.</summary>
    public HeartStrapOptions HeartStrap { get; init; } = new();
    /// <summary>Whether the runner wears the strap at all.</summary>
    public bool WithHeartStrap { get; init; } = true;
}

/// <summary>
/// A simulated runner wearing a foot pod and (optionally) a heart-rate strap: a source of raw
/// GATT notifications like real sensors, on an injected scheduler. Feed the coaching events
/// back with <see cref="Hear"/> so the runner follows the cues.
/// </summary>
public sealed class SimulatedRun
{
    private readonly IScheduler _scheduler;
    private readonly DateTimeOffset _origin;

    /// <summary>Builds the runner and sensors; session time zero is <paramref name="scheduler"/>'s now.</summary>
    public SimulatedRun(SimulationOptions options, IScheduler scheduler)
    {
        Options = options;
        _scheduler = scheduler;
        _origin = scheduler.Now;
        Runner = new SimulatedRunner(options.Runner, options.Seed);
        FootPod = new SimulatedFootPod(Runner, options.FootPod, options.Seed);
        HeartStrap = new SimulatedHeartStrap(Runner, options.HeartStrap, options.Seed);
    }

    /// <summary>What the run was built from.</summary>
    public SimulationOptions Options { get; }
    /// <summary>The runner (physics, cues heard, truth).</summary>
    public SimulatedRunner Runner { get; }
    /// <summary>The foot pod on the runner's shoe.</summary>
    public SimulatedFootPod FootPod { get; }
    /// <summary>The strap on the runner's chest.</summary>
    public SimulatedHeartStrap HeartStrap { get; }

    /// <summary>The truth to check the coaching against.</summary>
    public RunnerTruth Truth => Runner.Truth;

    /// <summary>The sensors, as a trace header lists them.</summary>
    public IReadOnlyList<SensorInfo> Sensors =>
        Options.WithHeartStrap ? [SimulatedFootPod.Info, SimulatedHeartStrap.Info] : [SimulatedFootPod.Info];

    /// <summary>Raw notifications of all sensors, in arrival order, on the scheduler.</summary>
    public IObservable<Notification> Notifications =>
        Options.WithHeartStrap
            ? FootPod.Notifications(_scheduler, _origin).Merge(HeartStrap.Notifications(_scheduler, _origin))
            : FootPod.Notifications(_scheduler, _origin);

    /// <summary>The runner hears a cue (call it when the engine emits it, on the scheduler).</summary>
    public void Hear(CoachingEvent cue) => Runner.Hear(cue);
}
