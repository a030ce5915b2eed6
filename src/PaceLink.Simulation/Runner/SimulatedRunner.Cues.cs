using PaceLink.Core.Coaching;

namespace PaceLink.Simulation.Runner;

/// <summary>How the runner reacts to what the coach says.</summary>
public sealed partial class SimulatedRunner
{
    /// <summary>The runner hears a coaching cue at its time and reacts like a person would.</summary>
    public void Hear(CoachingEvent cue)
    {
        var state = StateAt(cue.At);
        var react = cue.At + TimeSpan.FromSeconds(_profile.ReactionSeconds);
        switch (cue)
        {
            case PhaseStarted started:
                StartPhase(started, state, react);
                break;
            case Countdown { RemainingSeconds: <= 5 } when _phase is Phase.Warmup or Phase.SetRest or Phase.Rest:
                // Getting to the line: every rep starts from standing.
                Move(react, RunnerActivity.Standing);
                break;
            case RepCompleted when Truth.CurrentRep is { } rep:
                rep.CueHeardAt ??= cue.At;
                break;
        }
    }

    private void StartPhase(PhaseStarted started, RunnerState state, TimeSpan react)
    {
        _moves.Clear();
        Truth.EndRest(started.At, state.HeartRate);
        if (_phase == Phase.Rep) EndRep();
        _phase = started.Phase;
        switch (started.Phase)
        {
            case Phase.Warmup:
                Move(react, RunnerActivity.Jogging);
                break;
            case Phase.Rep:
                Truth.StartRep(new TrueRep(started.Set, started.Rep, started.At, state.DistanceMetres));
                _repFactor = RepFactor(_repsRun);
                var step = _workout?.Step(Phase.Rep, started.Set, started.Rep);
                _repPace = step?.TargetPace is { IsFinite: true } pace ? pace : _profile.RepPace;
                _repDistance = step?.DistanceMetres ?? _profile.RepDistanceMetres;
                _startMakeUp = StartMakeUp();
                Move(react, RunnerActivity.Running);
                break;
            case Phase.Rest or Phase.SetRest:
                var last = Truth.Reps.Count > 0 ? Truth.Reps[^1] : null;
                Truth.StartRest(new TrueRest(last?.Set ?? started.Set, last?.Rep ?? started.Rep, started.Phase == Phase.SetRest, started.At, state.HeartRate));
                Move(react, RunnerActivity.Walking);
                // Short rests: walk a few steps and stand. Between sets: walk, then jog easy.
                Move(react + TimeSpan.FromSeconds(started.Phase == Phase.Rest ? 8 : 25),
                    started.Phase == Phase.Rest ? RunnerActivity.Standing : RunnerActivity.Jogging);
                break;
            case Phase.Cooldown:
                Move(react, RunnerActivity.Walking);
                Move(react + TimeSpan.FromSeconds(15), RunnerActivity.Jogging);
                break;
            default:
                Move(react, RunnerActivity.Walking);
                Move(react + TimeSpan.FromSeconds(20), RunnerActivity.Standing);
                break;
        }
    }

    private void EndRep()
    {
        _repsRun++;
        Truth.EndRep();
    }

    /// <summary>The runner's own variation for one rep: drawn from the seed and the rep number only.</summary>
    private double RepFactor(int repIndex)
    {
        var random = new Random(unchecked(_seed * 7919 + repIndex * 104729 + 1));
        return 1 + _profile.RepToRepNoise * Gaussian.Next(random);
    }

    /// <summary>Speed factor that wins back the reaction and the acceleration over the rep.</summary>
    private double StartMakeUp()
    {
        if (!_profile.MakesUpStandingStart) return 1;
        var split = _repDistance / _repPace.Speed.MetresPerSecond;
        var lost = _profile.ReactionSeconds + _profile.SpeedTimeConstantSeconds;
        return split > 4 * lost ? split / (split - lost) : 1;
    }

    private void Move(TimeSpan at, RunnerActivity activity) => _moves.Add((at, activity));
}
