using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Simulation.Runner;

/// <summary>
/// A simulated runner who follows the coach's cues: jogs the warm-up, stops at the line in the
/// last seconds before a "go", accelerates from a standing start, runs the rep at the target pace
/// (with noise, fatigue and a configurable error), walks and stands in short rests, jogs between
/// sets. Same seed and same cues give the same run.
/// </summary>
/// <remarks>
/// Pure: it has no clock. It is advanced to the time of each cue (<see cref="Hear"/>) and of each
/// sensor reading (<see cref="AdvanceTo"/>); the physics runs on a fixed 20 ms grid so how often it
/// is looked at never changes the outcome.
/// </remarks>
public sealed partial class SimulatedRunner
{
    private readonly SimulatedRunnerProfile _profile;
    private readonly int _seed;
    private readonly RunnerBody _body;
    private readonly List<(TimeSpan At, RunnerActivity Activity)> _moves = [];
    private Phase? _phase;
    private int _repsRun;
    private double _repFactor = 1;
    private int _gridSinceTrack;
    private WorkoutPlan? _workout;
    private Pace _repPace;
    private double _repDistance;
    private double _startMakeUp = 1;

    /// <summary>Creates a runner; <paramref name="seed"/> fixes every random choice.</summary>
    public SimulatedRunner(SimulatedRunnerProfile profile, int seed)
    {
        _profile = profile;
        _seed = seed;
        _body = new RunnerBody(profile, new Random(seed));
        _repPace = profile.RepPace;
        _repDistance = profile.RepDistanceMetres;
    }

    /// <summary>
    /// Lets the runner know the workout, as a runner reads the session card: each rep is then run
    /// at its own target pace (a faster last set) and its true crossing is taken at its own length.
    /// </summary>
    public void Follow(WorkoutPlan plan) => _workout = plan;

    /// <summary>The profile this runner follows.</summary>
    public SimulatedRunnerProfile Profile => _profile;

    /// <summary>What really happened, for accuracy checks.</summary>
    public RunnerTruth Truth { get; } = new();

    /// <summary>What the runner is doing now.</summary>
    public RunnerActivity Activity { get; private set; } = RunnerActivity.Standing;

    /// <summary>Every footfall so far (true time and true distance).</summary>
    public IReadOnlyList<Footfall> Footfalls => _body.Footfalls;

    /// <summary>Every heartbeat so far.</summary>
    public IReadOnlyList<Heartbeat> Heartbeats => _body.Heartbeats;

    /// <summary>The runner at <paramref name="at"/> (simulating up to it first).</summary>
    public RunnerState StateAt(TimeSpan at)
    {
        AdvanceTo(at);
        var ahead = Math.Max(0, (at - _body.Now).TotalSeconds);
        return new RunnerState(at, _body.Distance + _body.Speed * ahead, _body.Speed, _body.HeartRate,
            _body.Cadence, _body.Footfalls.Count, Activity);
    }

    /// <summary>Runs the physics up to <paramref name="at"/>. Times in the past are ignored.</summary>
    public void AdvanceTo(TimeSpan at)
    {
        while (_body.Now + RunnerBody.Step <= at) StepOnce();
    }

    private void StepOnce()
    {
        var next = _body.Now + RunnerBody.Step;
        while (_moves.Count > 0 && _moves[0].At <= next)
        {
            Activity = _moves[0].Activity;
            _moves.RemoveAt(0);
        }
        var before = _body.Distance;
        var beforeAt = _body.Now;
        _body.Advance(TargetSpeed(), _profile.HeartDriftPerRep * _repsRun);
        CheckCrossing(beforeAt, before);
        if (++_gridSinceTrack == (int)(RunnerTruth.TrackInterval / RunnerBody.Step))
        {
            _gridSinceTrack = 0;
            Truth.Track(_body.Distance);
        }
    }

    private void CheckCrossing(TimeSpan beforeAt, double before)
    {
        // The last rep stays open after it ended: a cue that came early leaves the runner short
        // of the line, and the truth still wants the moment they pass it, walking or not.
        if (Truth.Reps.Count == 0 || Truth.Reps[^1] is not { CrossingAt: null } rep) return;
        var goal = rep.DistanceAtGo + _repDistance;
        if (_body.Distance < goal) return;
        var fraction = _body.Distance > before ? (goal - before) / (_body.Distance - before) : 1;
        rep.CrossingAt = beforeAt + (_body.Now - beforeAt) * fraction;
    }

    private double TargetSpeed() => Activity switch
    {
        RunnerActivity.Running => _repPace.Speed.MetresPerSecond / (1 + _profile.PaceError)
                                  * _startMakeUp * (1 - _profile.FatiguePerRep * _repsRun) * _repFactor * (1 + _body.Wander),
        RunnerActivity.Jogging => _profile.JogPace.Speed.MetresPerSecond * (1 + _body.Wander),
        RunnerActivity.Walking => _profile.WalkSpeedMetresPerSecond,
        _ => 0,
    };
}
