using PaceLink.Core.Coaching;
using PaceLink.Core.Units;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>The sentences PaceLink speaks. Pure functions: no state, no clock.</summary>
public static class CueText
{
    /// <summary>"four hundred — one thirty-six — rest sixty" (the rest part only when one follows).</summary>
    public static string RepDone(double distanceMetres, double splitSeconds, PlannedBreak? next)
    {
        var text = $"{NumberWords.Of((int)Math.Round(distanceMetres))} — {NumberWords.Clock(splitSeconds)}";
        return next is { } n ? $"{text} — {Break(n)}" : text;
    }

    /// <summary>"rest sixty", "set rest three thirty", "cool-down".</summary>
    public static string Break(PlannedBreak next) => next.Phase switch
    {
        Phase.Rest => $"rest {NumberWords.Rest(next.Duration)}",
        Phase.SetRest => $"set rest {NumberWords.Rest(next.Duration)}",
        Phase.Cooldown => "cool-down",
        _ => "workout done",
    };

    /// <summary>10 → "ten seconds"; 5 … 1 → "five" … "one".</summary>
    public static string Countdown(int remainingSeconds) =>
        remainingSeconds >= 10 ? $"{NumberWords.Of(remainingSeconds)} seconds" : NumberWords.Of(remainingSeconds);

    /// <summary>"too slow: 4:12 per kilometre" from the projected split over the rep distance.</summary>
    public static string OffPace(PaceDirection direction, double projectedSplitSeconds, double repMetres)
    {
        var pace = Pace.FromSecondsPerKm(projectedSplitSeconds * 1000.0 / repMetres);
        return $"too {(direction == PaceDirection.Slow ? "slow" : "fast")}: {pace} per kilometre";
    }

    public static string PhaseName(PhaseStarted started) => started.Phase switch
    {
        Phase.Warmup => "warm-up",
        Phase.Rep => "go",
        Phase.Rest => "rest",
        Phase.SetRest => "set rest",
        Phase.Cooldown => "cool-down",
        _ => "workout done",
    };

    /// <summary>"foot pod lost", "heart rate back".</summary>
    public static string Sensor(string sensor, bool lost)
    {
        var name = sensor switch { "pod" => "foot pod", "hr" => "heart rate", _ => sensor };
        return $"{name} {(lost ? "lost" : "back")}";
    }

    /// <summary>Several pending cues said as one breath: "three", "two", "one", "go" → "three, two, one, go".</summary>
    public static string Merge(IEnumerable<string> cues) => string.Join(", ", cues);
}

/// <summary>What follows a rep: a rest or set rest of a given length, the cool-down, or the end.</summary>
public readonly record struct PlannedBreak(Phase Phase, TimeSpan Duration);
