namespace PaceLink.Simulation.Runner;

/// <summary>
/// The runner's physics on a fixed 20 ms grid: speed chasing a target with limited acceleration,
/// distance, footfalls, heart rate with separate rise and recovery time constants, heartbeats.
/// Random draws happen only here, one grid step at a time, so the result depends on the seed and
/// the cues alone, never on how often sensors look.
/// </summary>
internal sealed class RunnerBody(SimulatedRunnerProfile profile, Random random)
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(20);
    private const double Dt = 0.02;

    private readonly List<Footfall> _footfalls = [];
    private readonly List<Heartbeat> _beats = [];
    private double _stepPhase;
    private double _beatPhase;
    private double _beatRate = 1;
    private TimeSpan _lastBeat;

    public TimeSpan Now { get; private set; }
    public double Distance { get; private set; }
    public double Speed { get; private set; }
    public double HeartRate { get; private set; } = profile.StandingHeartRate;
    public double Cadence { get; private set; }

    /// <summary>The slowly wandering part of the pace (fraction of speed), an Ornstein-Uhlenbeck process.</summary>
    public double Wander { get; private set; }

    public IReadOnlyList<Footfall> Footfalls => _footfalls;
    public IReadOnlyList<Heartbeat> Heartbeats => _beats;

    /// <summary>Advances one grid step towards <paramref name="targetSpeed"/> with <paramref name="drift"/> bpm of cardiac drift.</summary>
    public void Advance(double targetSpeed, double drift)
    {
        var before = Now;
        var distanceBefore = Distance;
        Now += Step;
        var tc = profile.PaceNoiseSeconds;
        Wander += -Wander * Dt / tc + profile.PaceNoise * Math.Sqrt(2 * Dt / tc) * Gaussian.Next(random);

        var speedBefore = Speed;
        var accel = Math.Clamp((targetSpeed - Speed) / profile.SpeedTimeConstantSeconds, -profile.MaxDeceleration, profile.MaxAcceleration);
        Speed = Math.Max(0, Speed + accel * Dt);
        if (targetSpeed == 0 && Speed < 0.05) Speed = 0;
        Distance += (speedBefore + Speed) / 2 * Dt;

        Cadence = CadenceAt(Speed);
        AdvanceSteps(before, distanceBefore);
        AdvanceHeart(drift, before);
    }

    /// <summary>Steps per minute a runner uses at <paramref name="speed"/>: longer and quicker steps when faster.</summary>
    public static double CadenceAt(double speed) => speed switch
    {
        < 0.3 => 0,
        < 2.0 => 100 + 10 * speed,
        _ => 150 + 7 * speed,
    };

    private void AdvanceSteps(TimeSpan before, double distanceBefore)
    {
        if (Cadence <= 0) return;
        var perSecond = Cadence / 60;
        _stepPhase += perSecond * Dt;
        if (_stepPhase < 1) return;
        _stepPhase -= 1;
        // The foot landed part-way through the step: place it by the overshoot.
        var back = _stepPhase / perSecond;
        var fraction = 1 - back / Dt;
        var at = before + TimeSpan.FromSeconds(Dt * fraction);
        _footfalls.Add(new Footfall(at, distanceBefore + (Distance - distanceBefore) * fraction));
    }

    private void AdvanceHeart(double drift, TimeSpan before)
    {
        var effort = Math.Clamp(Speed / profile.MaxEffortSpeedMetresPerSecond, 0, 1.05);
        var steady = profile.StandingHeartRate + (profile.MaxHeartRate - profile.StandingHeartRate) * effort + drift;
        var tau = steady > HeartRate ? profile.HeartRiseSeconds : profile.HeartRecoverySeconds;
        HeartRate += (steady - HeartRate) * Dt / tau;

        var perSecond = HeartRate / 60 * _beatRate;
        _beatPhase += perSecond * Dt;
        if (_beatPhase < 1) return;
        _beatPhase -= 1;
        var at = Now - TimeSpan.FromSeconds(_beatPhase / perSecond);
        if (at < before) at = before;
        if (_lastBeat > TimeSpan.Zero) _beats.Add(new Heartbeat(at, (at - _lastBeat).TotalSeconds));
        _lastBeat = at;
        // Beat-to-beat variability: a couple of percent, as a healthy heart shows.
        _beatRate = 1 + 0.02 * Gaussian.Next(random);
    }
}
