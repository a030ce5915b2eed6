using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Text;

/// <summary>
/// The sentences PaceLink speaks. Pure functions: no state, no clock. Numbers are words, so every
/// voice says them alike ("one minute thirty-five point two", never a time of day), and each one is
/// rounded exactly as the screen writes it. Paces are in <see cref="DistanceUnit"/>; distances of
/// reps stay in metres, as on a track.
/// </summary>
public static class SpokenCues
{
    /// <summary>
    /// What comes next, said before a rep: "set two, rep three of four, four hundred metres at four
    /// minutes per kilometre"; "set one, last rep of the set, …"; "last rep, …" for the very last one.
    /// </summary>
    public static string RepPreview(WorkoutPlan plan, WorkoutStep rep, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var ofSet = plan.Steps.Count(s => s.Phase == Phase.Rep && s.Set == rep.Set);
        var last = plan.Steps.LastOrDefault(s => s.Phase == Phase.Rep);
        var which = ReferenceEquals(rep, last) ? "last rep"
            : rep.Rep == ofSet ? $"set {SpokenNumbers.Of(rep.Set)}, last rep of the set"
            : $"set {SpokenNumbers.Of(rep.Set)}, rep {SpokenNumbers.Of(rep.Rep)} of {SpokenNumbers.Of(ofSet)}";
        return rep.DistanceMetres is { } metres ? $"{which}, {Target(metres, rep.TargetPace, unit)}" : which;
    }

    /// <summary>"four hundred metres at four minutes per kilometre", "four hundred metres at six minutes twenty-six per mile".</summary>
    public static string Target(double metres, Pace? pace, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var distance = $"{SpokenNumbers.Of((int)Math.Round(metres))} metres";
        return pace is { IsFinite: true } p ? $"{distance} at {PaceSpoken(p, unit)}" : distance;
    }

    /// <summary>"four minutes per kilometre", "six minutes twenty-six per mile" (to the second, as the screen rounds it).</summary>
    public static string PaceSpoken(Pace pace, DistanceUnit unit = DistanceUnit.Kilometres) =>
        SpokenNumbers.Pace(unit == DistanceUnit.Miles ? pace.SecondsPerMile : pace.SecondsPerKm)
        + (unit == DistanceUnit.Miles ? " per mile" : " per kilometre");

    /// <summary>
    /// A rep's end: "one minute thirty-five point two, one second fast, rest sixty". The deviation is
    /// from the step's target split (none without a target, or for a rep cut short by a lap,
    /// which then names the distance it ran); the rest part only when one follows.
    /// </summary>
    public static string RepEnd(double splitSeconds, double distanceMetres, WorkoutStep? step, PlannedBreak? next)
    {
        var full = step?.DistanceMetres is not { } planned || Math.Abs(distanceMetres - planned) < 0.5;
        var text = full
            ? SpokenNumbers.Split(splitSeconds)
            : $"{SpokenNumbers.Of((int)Math.Round(distanceMetres))} metres in {SpokenNumbers.Split(splitSeconds)}";
        if (full && step?.TargetSplitSeconds is { } target) text += $", {SpokenNumbers.Deviation(splitSeconds - target)}";
        return next is { } n ? $"{text}, {Break(n)}" : text;
    }

    /// <summary>
    /// Half a rep: "two hundred, forty-seven point three, zero point seven seconds fast" — the distance
    /// as a track runner says it, the time since the "go" (no "seconds": the distance already says what
    /// it is), and the deviation from half the step's target split (none without a target).
    /// </summary>
    public static string Halfway(double splitSeconds, double halfMetres, WorkoutStep? step)
    {
        var split = SpokenNumbers.Split(splitSeconds);
        if (split.EndsWith(" seconds", StringComparison.Ordinal)) split = split[..^" seconds".Length];
        var text = $"{SpokenNumbers.Of((int)Math.Round(halfMetres))}, {split}";
        return step?.TargetSplitSeconds is { } target ? $"{text}, {SpokenNumbers.Deviation(splitSeconds - target / 2)}" : text;
    }

    /// <summary>"rest sixty", "set rest three thirty", "cool-down".</summary>
    public static string Break(PlannedBreak next) => next.Phase switch
    {
        Phase.Rest => $"rest {SpokenNumbers.Rest(next.Duration)}",
        Phase.SetRest => $"set rest {SpokenNumbers.Rest(next.Duration)}",
        Phase.Cooldown => "cool-down",
        _ => "workout done",
    };

    /// <summary>10 → "ten seconds"; 5 … 1 → "five" … "one"; whole minutes → "two minutes left", "one minute left".</summary>
    public static string Countdown(int remainingSeconds) =>
        remainingSeconds >= 60 && remainingSeconds % 60 == 0 ? $"{SpokenNumbers.Minutes(remainingSeconds / 60)} left"
        : remainingSeconds >= 10 ? $"{SpokenNumbers.Of(remainingSeconds)} seconds"
        : SpokenNumbers.Of(remainingSeconds);

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

    /// <summary>
    /// The last words: "workout complete, eight reps, average one minute thirty-five point six"; a
    /// stopped session says "stopped after three reps" and nothing more.
    /// </summary>
    public static string End(int reps, double? averageSplitSeconds, SessionStop? stopped)
    {
        var count = reps == 1 ? "one rep" : $"{SpokenNumbers.Of(reps)} reps";
        if (stopped is not null) return $"stopped after {count}";
        return averageSplitSeconds is { } a && reps > 0
            ? $"workout complete, {count}, average {SpokenNumbers.Split(a)}"
            : $"workout complete, {count}";
    }

    /// <summary>"foot pod lost", "heart-rate strap back": the names the terminal shows too.</summary>
    public static string Sensor(string sensor, bool lost) => $"{SensorWords.Name(sensor)} {(lost ? "lost" : "back")}";

    /// <summary>Several pending cues said as one breath: "three", "two", "one", "go" → "three, two, one, go".</summary>
    public static string Merge(IEnumerable<string> cues) => string.Join(", ", cues);
}
