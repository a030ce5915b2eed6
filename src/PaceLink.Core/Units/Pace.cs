namespace PaceLink.Core.Units;

/// <summary>Running pace: time per kilometre. The way runners talk about speed.</summary>
public readonly record struct Pace(double SecondsPerKm) : IComparable<Pace>
{
    public const double MetresPerMile = 1609.344;

    public static Pace FromSecondsPerKm(double s) => new(s);
    public static Pace FromSecondsPerMile(double s) => new(s * 1000.0 / MetresPerMile);
    public static Pace FromSpeed(Speed speed) =>
        speed.MetresPerSecond > 0 ? new(1000.0 / speed.MetresPerSecond) : new(double.PositiveInfinity);

    public double SecondsPerMile => SecondsPerKm * MetresPerMile / 1000.0;
    public Speed Speed => Speed.FromMetresPerSecond(double.IsFinite(SecondsPerKm) && SecondsPerKm > 0 ? 1000.0 / SecondsPerKm : 0);
    public bool IsFinite => double.IsFinite(SecondsPerKm) && SecondsPerKm > 0;

    /// <summary>Time to cover <paramref name="metres"/> at this pace, in seconds.</summary>
    public double SecondsFor(double metres) => SecondsPerKm * metres / 1000.0;

    public int CompareTo(Pace other) => SecondsPerKm.CompareTo(other.SecondsPerKm);

    /// <summary>Parses <c>4:00</c>, <c>4:00/km</c>, <c>6:26/mi</c>; paces from 1:00 to 60:00 (written <c>1:00:00</c> too) per unit.</summary>
    public static bool TryParse(string? text, out Pace pace, out string error) =>
        TryParse(text, Text.DistanceUnit.Kilometres, out pace, out _, out error);

    /// <summary>
    /// Like <see cref="TryParse(string?, out Pace, out string)"/>; a bare <c>6:26</c> is per <paramref name="bare"/>,
    /// and <paramref name="written"/> is the unit the text named (null when it named none).
    /// </summary>
    public static bool TryParse(string? text, Text.DistanceUnit bare, out Pace pace, out Text.DistanceUnit? written, out string error)
    {
        pace = default;
        written = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "pace is empty; write it like 4:00, 4:00/km or 6:26/mi";
            return false;
        }
        var s = text.Trim().ToLowerInvariant();
        var perMile = bare == Text.DistanceUnit.Miles;
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            var unit = s[(slash + 1)..].Trim();
            if (unit is "mi" or "mile") perMile = true;
            else if (unit is "km" or "k") perMile = false;
            else
            {
                error = $"'{text}': unknown pace unit '{unit}' (use /km or /mi)";
                return false;
            }
            written = perMile ? Text.DistanceUnit.Miles : Text.DistanceUnit.Kilometres;
            s = s[..slash].Trim();
        }
        if (!DurationText.TryParseClock(s, out var seconds) || seconds <= 0)
        {
            error = $"'{text}' is not a pace; write minutes:seconds like 4:00, 4:00/km or 6:26/mi";
            return false;
        }
        if (seconds < 60 || seconds > 3600)
        {
            error = $"'{text}' is outside 1:00-60:00 per {(perMile ? "mile" : "km")}";
            return false;
        }
        pace = perMile ? FromSecondsPerMile(seconds) : FromSecondsPerKm(seconds);
        return true;
    }

    public static Pace Parse(string text) =>
        TryParse(text, out var p, out var e) ? p : throw new FormatException(e);

    /// <summary>"4:05" (per km, rounded to the second).</summary>
    public override string ToString() => Text.PaceText.Bare(this);

    public string ToString(bool perMile) => Text.PaceText.Written(this, perMile ? Text.DistanceUnit.Miles : Text.DistanceUnit.Kilometres);
}
