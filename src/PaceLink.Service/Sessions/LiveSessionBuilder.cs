using System.Globalization;
using Microsoft.Extensions.Logging;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Relay;
using PaceLink.Core.Workout;
using PaceLink.Simulation;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The one place a live session is assembled, for every host (`pacelink run`, with or without
/// <c>--simulate</c>, `pacelink emulate`, the service): the clock, the source, the trace path, the
/// sinks and the runner, by one set of rules. Make it (the clock starts at the wall clock's now),
/// give it its source (<see cref="Simulate"/>, or <see cref="Use"/> for sensors opened on
/// <see cref="Clock"/>), then <see cref="Build"/>.
/// </summary>
/// <param name="time">The wall clock: the session's start and the pacer's waits.</param>
/// <param name="pacer">Makes the pacer for a speed; by default one on <paramref name="time"/> (tests pass one that never waits).</param>
public sealed class LiveSessionBuilder(TimeProvider time, Func<double, WallClockPacer>? pacer = null)
{
    /// <summary>The slowest simulation speed any host accepts.</summary>
    public const double SlowestSpeed = 0.1;

    /// <summary>The fastest simulation speed any host accepts.</summary>
    public const double FastestSpeed = 1000;

    private readonly Func<double, WallClockPacer> _pacer = pacer ?? (speed => new WallClockPacer(speed, time));
    private INotificationSource? _source;

    /// <summary>The session's virtual clock; its time zero is when the builder was made.</summary>
    public SessionClock Clock { get; } = new(time.GetUtcNow());

    /// <summary>True once the source is the simulated runner.</summary>
    public bool Simulated { get; private set; }

    /// <summary>
    /// Why <paramref name="speed"/> is not a simulation speed, in the words of the field or option
    /// <paramref name="name"/> the user typed ("--speed", "speed"); null when it is one.
    /// </summary>
    public static string? SpeedProblem(string name, double speed) =>
        double.IsFinite(speed) && speed is >= SlowestSpeed and <= FastestSpeed
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{name} must be between {SlowestSpeed} and {FastestSpeed}, not {speed}");

    /// <summary>Makes the simulated runner and sensors on <see cref="Clock"/> the source.</summary>
    public SimulatedSensorSource Simulate(SimulationOptions options)
    {
        var simulated = new SimulatedSensorSource(new SimulatedRun(options, Clock));
        _source = simulated;
        Simulated = true;
        return simulated;
    }

    /// <summary>Makes <paramref name="source"/> the source: sensors opened on <see cref="Clock"/>, or one wrapping the simulated runner.</summary>
    public void Use(INotificationSource source) => _source = source;

    /// <summary>
    /// The session, ready to run. The trace is the one named, else a new one in the data folder
    /// named by the workout (and "-simulated"); a source that listens (the simulated runner) hears
    /// the cues first, like a runner wearing the earphones; real sensors run in real time whatever
    /// the speed. Throws <see cref="FormatException"/> for settings that make no workout.
    /// </summary>
    public LiveRun Build(LiveSessionInputs inputs)
    {
        var source = _source ?? throw new InvalidOperationException("the builder needs a source before the session is built");
        var speed = Simulated ? inputs.Speed : 1.0;
        if (SpeedProblem("speed", speed) is { } problem) throw new ArgumentOutOfRangeException(nameof(inputs), speed, problem);
        var tracePath = inputs.TracePath ?? SessionFolder.NewTracePath(inputs.DataFolder, Clock.Start, inputs.Settings.WorkoutLabel + (Simulated ? "-simulated" : "") + (inputs.Athlete is { } name ? "-" + name : ""));
        IReadOnlyList<ICoachingSink> sinks = source is ICoachingSink listener ? [listener, .. inputs.Sinks] : inputs.Sinks;
        var setup = new LiveSessionSetup { Settings = inputs.Settings, Options = inputs.Options, TracePath = tracePath, Sinks = sinks, Relay = inputs.Relay };
        var session = new LiveSession(setup, source, Clock, inputs.Logger);
        return new LiveRun(session, Clock, _pacer(speed), tracePath);
    }
}

/// <summary>What a live session is made of besides its clock and source, as a host gives it to <see cref="LiveSessionBuilder"/>.</summary>
public sealed record LiveSessionInputs
{
    /// <summary>The workout as configured.</summary>
    public required WorkoutSettings Settings { get; init; }

    /// <summary>Engine options; by default <see cref="WorkoutSettings.ToOptions"/>.</summary>
    public CoachingOptions? Options { get; init; }

    /// <summary>Times faster than real time the simulated runner runs; the real sensors always run at 1.</summary>
    public double Speed { get; init; } = 1;

    /// <summary>The trace the user named (checked to be new by the host); null: a new trace in <see cref="DataFolder"/>.</summary>
    public string? TracePath { get; init; }

    /// <summary>Where a trace goes when none is named.</summary>
    public string DataFolder { get; init; } = "";

    /// <summary>The named athlete of a group whose session this is (coach mode); their name ends the trace's file name.</summary>
    public string? Athlete { get; init; }

    /// <summary>Who hears the coaching besides the source.</summary>
    public IReadOnlyList<ICoachingSink> Sinks { get; init; } = [];

    /// <summary>Relays each notification to a watch; null: no relay.</summary>
    public Func<Notification, RelayedValue?>? Relay { get; init; }

    /// <summary>The session's log.</summary>
    public ILogger? Logger { get; init; }
}

/// <summary>A built live session with its clock, its pacer and where it records.</summary>
public sealed record LiveRun(LiveSession Session, SessionClock Clock, WallClockPacer Pacer, string TracePath) : IDisposable
{
    /// <summary>Runs the session to its end (<see cref="SessionRunner"/>); cancelling stops the workout cleanly.</summary>
    public Task<SessionSummary> RunAsync(CancellationToken cancellation) => SessionRunner.RunAsync(Session, Clock, Pacer, cancellation);

    /// <summary>Ends the session at once (the trace keeps what was written).</summary>
    public void Dispose() => Session.Dispose();
}
