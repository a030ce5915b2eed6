namespace PaceLink.Service.Sessions;

/// <summary>
/// Moves a <see cref="SessionClock"/> in step with the wall clock, <see cref="Speed"/> times
/// faster (1 = real time). Infinite speed runs the session as fast as the machine can.
/// </summary>
/// <param name="speed">Virtual seconds per wall second; <see cref="double.PositiveInfinity"/> for no waiting.</param>
/// <param name="time">The wall clock (tests pass a fake one).</param>
public sealed class WallClockPacer(double speed, TimeProvider time)
{
    /// <summary>
    /// Longest wall time between two advances. In between, the pacer sleeps until the next work
    /// queued on the clock is due or new work is posted: waking 50 times a second to poll cost
    /// about 1-2 % of a core at rest and made a cue up to a whole tick late.
    /// </summary>
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

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
            var queued = clock.NextQueued();
            var wait = Tick;
            if (clock.NextDue is { } due)
            {
                // Rounded up to a whole millisecond: Task.Delay counts whole milliseconds and
                // returns at once for less, so work due sooner would make the loop spin until the
                // wall clock moved (for ever on a clock that only a test moves).
                var ahead = due - (origin + time.GetElapsedTime(started) * Speed);
                var untilDue = TimeSpan.FromMilliseconds(Math.Ceiling(ahead.Ticks / Speed / TimeSpan.TicksPerMillisecond));
                if (untilDue < wait) wait = untilDue;
            }
            if (wait > TimeSpan.Zero)
            {
                using var woken = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                await Task.WhenAny(Task.Delay(wait, time, woken.Token), queued).ConfigureAwait(false);
                await woken.CancelAsync().ConfigureAwait(false);
                if (cancellation.IsCancellationRequested) return;
            }
            var wall = time.GetElapsedTime(started);
            clock.AdvanceTo(origin + wall * Speed);
        }
    }
}
