using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>
/// One phase of a session as it happened: from its <see cref="PhaseStarted"/> to the next.
/// For rests, <see cref="Rep"/> is the rep the rest follows, whatever the engine numbered it.
/// </summary>
public sealed record PhaseSpan(Phase Phase, int Set, int Rep, TimeSpan Start, TimeSpan End)
{
    public TimeSpan Duration => End - Start;
    public bool IsRest => Phase is Phase.Rest or Phase.SetRest;

    /// <summary>Cuts a session into phases. The last phase ends at <paramref name="sessionEnd"/>; "done" is not a phase.</summary>
    public static IReadOnlyList<PhaseSpan> FromEvents(IEnumerable<CoachingEvent> events, TimeSpan sessionEnd)
    {
        var starts = events.OfType<PhaseStarted>().OrderBy(p => p.At).ToList();
        var spans = new List<PhaseSpan>(starts.Count);
        int lastSet = 0, lastRep = 0;
        for (var i = 0; i < starts.Count; i++)
        {
            var s = starts[i];
            if (s.Phase == Phase.Done) break;
            var end = i + 1 < starts.Count ? starts[i + 1].At : Max(sessionEnd, s.At);
            var (set, rep) = s.Phase switch
            {
                Phase.Rep => (s.Set, s.Rep),
                Phase.Rest or Phase.SetRest => (lastSet, lastRep),
                _ => (s.Set, s.Rep),
            };
            if (s.Phase == Phase.Rep) (lastSet, lastRep) = (s.Set, s.Rep);
            spans.Add(new PhaseSpan(s.Phase, set, rep, s.At, end));
        }
        return spans;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
