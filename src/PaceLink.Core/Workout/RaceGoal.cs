using System.Globalization;
using PaceLink.Core.Units;

namespace PaceLink.Core.Workout;

/// <summary>A race and a finish time, like <c>10k=40:00</c>: the pace the intervals are run at.</summary>
internal readonly record struct RaceGoal(string Race, double DistanceMetres, TimeSpan Time)
{
    /// <summary>The even pace that finishes the race in the goal time.</summary>
    public Pace Pace => Pace.FromSecondsPerKm(Time.TotalSeconds * 1000.0 / DistanceMetres);

    /// <summary>Parses <c>5k=20:00</c>, <c>10k=40:00</c>, <c>half=1:30:00</c>, <c>marathon=3:10:00</c>.</summary>
    /// <remarks>A goal out of range is quoted in <paramref name="unit"/>, the session's.</remarks>
    public static bool TryParse(string? text, out RaceGoal goal, out string error, Text.DistanceUnit unit = Text.DistanceUnit.Kilometres)
    {
        goal = default;
        error = "";
        var s = text?.Trim() ?? "";
        var eq = s.IndexOf('=');
        if (eq <= 0 || eq == s.Length - 1)
        {
            error = $"'{text}' is not a goal; write race=time like 10k=40:00, half=1:30:00 or marathon=3:15:00";
            return false;
        }
        var race = s[..eq].Trim().ToLowerInvariant();
        double? metres = race switch
        {
            "5k" => 5000,
            "10k" => 10000,
            "half" or "half-marathon" or "hm" => 21097.5,
            "marathon" or "full" => 42195,
            _ => null,
        };
        if (metres is null)
        {
            error = $"'{race}' is not a race PaceLink knows; use 5k, 10k, half or marathon";
            return false;
        }
        if (!DurationText.TryParse(s[(eq + 1)..], out var time, out var timeError) || time <= TimeSpan.Zero)
        {
            error = $"goal time for {race}: {(timeError.Length > 0 ? timeError : "must be more than zero")}";
            return false;
        }
        goal = new RaceGoal(race, metres.Value, time);
        var secondsPerKm = goal.Pace.SecondsPerKm;
        if (secondsPerKm < 120 || secondsPerKm > 1200)
        {
            error = $"goal {s} means {Text.PaceText.Written(goal.Pace, unit)}, outside {WorkoutSettingsParser.Range(120, 1200, unit)}; check the time";
            goal = default;
            return false;
        }
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>; throws <see cref="FormatException"/> with the reason.</summary>
    public static RaceGoal Parse(string text) =>
        TryParse(text, out var g, out var e) ? g : throw new FormatException(e);
}
