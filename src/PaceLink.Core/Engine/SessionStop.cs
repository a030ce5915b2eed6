using PaceLink.Core.Coaching;

namespace PaceLink.Core.Engine;

/// <summary>
/// Where a session was stopped before the end of its plan: the phase it was in (set and rep as in
/// <see cref="PhaseStarted"/>) and the session time. A stopped session is not a finished one: its
/// unfinished rep is no rep, and the history keeps it out of the trends.
/// </summary>
public sealed record SessionStop(Phase Phase, int Set, int Rep, TimeSpan At)
{
    /// <summary>The stop in <paramref name="phases"/> (the engine's phase summaries), or null when the session was not stopped.</summary>
    public static SessionStop? From(IEnumerable<PhaseSummary> phases) =>
        phases.LastOrDefault(p => p.EndedBy == PhaseEnd.Stop) is { } p ? new SessionStop(p.Phase, p.Set, p.Rep, p.EndedAt) : null;
}
