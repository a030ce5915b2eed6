namespace PaceLink.Service.Sessions;

/// <summary>
/// Runs a <see cref="LiveSession"/> to its end on a <see cref="SessionClock"/> paced by a
/// <see cref="WallClockPacer"/>: the shape every live run shares (CLI, service, simulator, radio).
/// </summary>
internal static class SessionRunner
{
    /// <summary>
    /// Starts <paramref name="session"/>, moves the clock until the session ends and returns its
    /// summary. Cancelling <paramref name="cancellation"/> (Ctrl+C, service stop) stops the workout
    /// cleanly: the engine says done at that instant and the trace is closed.
    /// </summary>
    public static async Task<SessionSummary> RunAsync(LiveSession session, SessionClock clock, WallClockPacer pacer, CancellationToken cancellation)
    {
        session.Start();
        await using var stopping = cancellation.Register(session.Stop);
        // The pacer keeps going after a cancellation so the posted stop runs on the clock.
        await pacer.RunAsync(clock, () => session.IsEnded, CancellationToken.None);
        return await session.Completion;
    }
}
