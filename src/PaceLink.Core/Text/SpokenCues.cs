using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Text;

/// <summary>The sentences PaceLink speaks. Pure functions: no state, no clock.</summary>
public static class SpokenCues
{
    /// <summary>"four hundred — one thirty-six — rest sixty" (the rest part only when one follows).</summary>
    public static string RepDone(double distanceMetres, double splitSeconds, PlannedBreak? next)
    {
        var text = $"{SpokenNumbers.Of((int)Math.Round(distanceMetres))} — {SpokenNumbers.Clock(splitSeconds)}";
        return next is { } n ? $"{text} — {Break(n)}" : text;
    }

    /// <summary>"rest sixty", "set rest three thirty", "cool-down".</summary>
    public static string Break(PlannedBreak next) => next.Phase switch
    {
        Phase.Rest => $"rest {SpokenNumbers.Rest(next.Duration)}",
        Phase.SetRest => $"set rest {SpokenNumbers.Rest(next.Duration)}",
        Phase.Cooldown => "cool-down",
        _ => "workout done",
    };

    /// <summary>10 → "ten seconds"; 5 … 1 → "five" … "one".</summary>
    public static string Countdown(int remainingSeconds) =>
        remainingSeconds >= 10 ? $"{SpokenNumbers.Of(remainingSeconds)} seconds" : SpokenNumbers.Of(remainingSeconds);

    /// <summary>"too slow: 4:12 per kilometre" from the projected split over the rep distance.</summary>
    public static string OffPace(PaceDirection direction, double projectedSplitSeconds, double repMetres, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var pace = Pace.FromSecondsPerKm(projectedSplitSeconds * 1000.0 / repMetres);
        return $"too {direction.ToJson()}: {PaceText.Spoken(pace, unit)}";
    }

    /// <summary>"go", "rest", "cool-down": the word said when a phase starts.</summary>
    public static string PhaseName(PhaseStarted started) => started.Phase switch
    {
        Phase.Warmup => "warm-up",
        Phase.Rep => "go",
        Phase.Rest => "rest",
        Phase.SetRest => "set rest",
        Phase.Cooldown => "cool-down",
        _ => "workout done",
    };

    /// <summary>"foot pod lost", "heart-rate strap back": the names the terminal shows too.</summary>
    public static string Sensor(string sensor, bool lost) => $"{SensorWords.Name(sensor)} {(lost ? "lost" : "back")}";

    /// <summary>Several pending cues said as one breath: "three", "two", "one", "go" → "three, two, one, go".</summary>
    public static string Merge(IEnumerable<string> cues) => string.Join(", ", cues);
}
