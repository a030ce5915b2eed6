using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>
/// Whether a session replayed with workout options given afterwards is still the session that was
/// recorded. A different target pace, tolerance or calibration judges the same reps differently; a
/// different number of sets or reps cuts the recording into phases it never had (a 10K session
/// replayed as a half runs "set 3" into the cool-down jog), so its laps would describe another run.
/// </summary>
public static class RecordedWorkout
{
    /// <summary>
    /// Null when the replay starts the same reps, in the same sets, as the live run recorded in the
    /// trace; otherwise a sentence saying how they differ. A trace without recorded events has
    /// nothing to compare against and always matches.
    /// </summary>
    public static string? Mismatch(ReplayedSession session)
    {
        var recorded = Reps(session.Trace.Events);
        if (recorded.Count == 0) return null;
        var replayed = Reps(session.Input.Events);
        if (recorded.SequenceEqual(replayed)) return null;
        return $"the workout given does not match the recorded session: it was coached as {Describe(recorded)}, " +
               $"and replayed with the given workout it becomes {Describe(replayed)}. Leave out --workout, --warmup, " +
               "--cooldown and --set-rest to export it as recorded (a different --target-pace, --goal, --tolerance " +
               "or --calibration is fine)";
    }

    private static List<(int Set, int Rep)> Reps(IEnumerable<CoachingEvent> events) =>
        events.OfType<PhaseStarted>().Where(p => p.Phase == Phase.Rep).OrderBy(p => p.At).Select(p => (p.Set, p.Rep)).ToList();

    private static string Describe(IReadOnlyList<(int Set, int Rep)> reps)
    {
        var sets = reps.Select(r => r.Set).Distinct().Count();
        return $"{sets} {(sets == 1 ? "set" : "sets")} with {reps.Count} {(reps.Count == 1 ? "rep" : "reps")} started";
    }
}
