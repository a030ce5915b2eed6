namespace PaceLink.Service.Sessions;

/// <summary>
/// Moves a <see cref="SessionClock"/> in step with the wall clock, <see cref="Speed"/> times
/// faster (1 = real time). Infinite speed runs the session as fast as the machine can.
/// </summary>
/// <param name="speed">Virtual seconds per wall second; <see cref="double.PositiveInfinity"/> for no waiting.</param>
/// <param name="time">The wall clock (tests pass a fake one).</param>
public sealed class WallClockPacer(double speed, TimeProvider time)
{
    /// <summary>Wall time between two advances: smooth enough for a live display.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);

    /// <summary>Virtual time moved per advance at infinite speed.</summary>
    public static readonly TimeSpan Burst = TimeSpan.FromSeconds(30);

    /// <summary>Virtual seconds per wall second.</summary>
    public double Speed { get; } = speed > 0 ? speed : throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be above zero");

    /// <summary>
    /// Advances <paramref name="clock"/> until <paramref name="finished"/> is true or
    /// <paramref name="cancellation"/> fires (which ends the loop quietly: the caller stops the session).
    /// </summary>
    public async Task RunAsync(SessionClock clock, Func<bool> finished, CancellationToken cancellation)
    {
        var origin = clock.Elapsed;
        var started = time.GetTimestamp();
        while (!finished() && !cancellation.IsCancellationRequested)
        {
            if (double.IsPositiveInfinity(Speed))
            {
                clock.AdvanceTo(clock.Elapsed + Burst);
                await Task.Yield();
                continue;
            }
            try
            {
                await Task.Delay(Tick, time, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var wall = time.GetElapsedTime(started);
            clock.AdvanceTo(origin + wall * Speed);
        }
    }
}
