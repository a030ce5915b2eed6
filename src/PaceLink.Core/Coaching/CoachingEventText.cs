using System.Globalization;

namespace PaceLink.Core.Coaching;

/// <summary>Coaching events in words a runner reads: "set 1 rep 2: 1:36.4 (400 m)".</summary>
public static class CoachingEventText
{
    /// <summary>The event in a few words.</summary>
    public static string Describe(CoachingEvent e) => e switch
    {
        PhaseStarted { Phase: Phase.Warmup } => "warm-up",
        PhaseStarted { Phase: Phase.Rep } p => $"go: set {p.Set} rep {p.Rep}",
        PhaseStarted { Phase: Phase.Rest } p => $"rest after set {p.Set} rep {p.Rep}",
        PhaseStarted { Phase: Phase.SetRest } p => $"set rest after set {p.Set}",
        PhaseStarted { Phase: Phase.Cooldown } => "cool-down",
        PhaseStarted => "done",
        RepCompleted r => Invariant($"set {r.Set} rep {r.Rep}: {Clock(r.SplitSeconds)} ({r.DistanceMetres:0.#} m)"),
        Countdown c => Invariant($"{c.RemainingSeconds}"),
        OffPace o => Invariant($"{(o.Direction == PaceDirection.Slow ? "too slow" : "too fast")}: heading for {Clock(o.ProjectedSplitSeconds)}"),
        BackOnPace => "back on pace",
        SensorLost l => $"{l.Sensor} lost",
        SensorRestored s => $"{s.Sensor} back",
        _ => e.GetType().Name,
    };

    /// <summary>"1:36.4" or "42.0" (seconds with a tenth).</summary>
    public static string Clock(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0) return "--";
        var tenths = (long)Math.Round(seconds * 10, MidpointRounding.AwayFromZero);
        var m = tenths / 600;
        var s = tenths % 600 / 10.0;
        return m > 0 ? Invariant($"{m}:{s:00.0}") : Invariant($"{s:0.0}");
    }

    /// <summary>A line of a readable event list: the time into the session, then the event.</summary>
    public static string Line(CoachingEvent e) => $"{Clock(e.At.TotalSeconds),9}  {Describe(e)}";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
