using System.Globalization;

namespace PaceLink.Core.Units;

/// <summary>Parses the durations runners and coaches type: <c>90s</c>, <c>3m</c>, <c>3m30s</c>, <c>1h</c>, <c>40:00</c>, <c>1:30:00</c>.</summary>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration, out string error)
    {
        duration = default;
        error = "";
        var s = text?.Trim().ToLowerInvariant() ?? "";
        if (s.Length == 0)
        {
            error = "duration is empty; write it like 90s, 3m, 3m30s or 1h";
            return false;
        }
        if (s.Contains(':'))
        {
            if (TryParseClock(s, out var secs))
            {
                duration = TimeSpan.FromSeconds(secs);
                return true;
            }
        }
        else if (TryParseUnits(s, out var secs))
        {
            duration = TimeSpan.FromSeconds(secs);
            return true;
        }
        error = $"'{text}' is not a duration; write it like 90s, 3m, 3m30s, 1h or 40:00";
        return false;
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var d, out var e) ? d : throw new FormatException(e);

    /// <summary>"m:ss" or "h:mm:ss" to seconds. Seconds may carry a fraction.</summary>
    public static bool TryParseClock(string s, out double seconds)
    {
        seconds = 0;
        var parts = s.Split(':');
        if (parts.Length is < 2 or > 3) return false;
        double total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (parts[i].Length == 0) return false;
            if (!double.TryParse(parts[i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return false;
            if (!last && v != Math.Floor(v)) return false;
            if (i > 0 && v >= 60) return false;
            total = total * 60 + v;
        }
        seconds = total;
        return true;
    }

    private static bool TryParseUnits(string s, out double seconds)
    {
        seconds = 0;
        var i = 0;
        var any = false;
        var lastRank = int.MaxValue;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.')) i++;
            if (start == i || i == s.Length) return false;
            if (!double.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return false;
            var (mult, rank) = s[i] switch { 'h' => (3600, 3), 'm' => (60, 2), 's' => (1, 1), _ => (0, 0) };
            if (mult == 0 || rank >= lastRank) return false;
            lastRank = rank;
            seconds += v * mult;
            i++;
            any = true;
        }
        return any;
    }

    /// <summary>"3:30", "1:02:03" or "45s" style for people.</summary>
    public static string Format(TimeSpan d)
    {
        var t = (int)Math.Round(d.TotalSeconds);
        if (t < 60) return string.Create(CultureInfo.InvariantCulture, $"{t}s");
        return t >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{t / 3600}:{t / 60 % 60:00}:{t % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t / 60}:{t % 60:00}");
    }
}
