using System.Globalization;

namespace PaceLink.Core.Units;

/// <summary>Shares of something as people write them: "3%", "-5 %" or "0.03".</summary>
public static class Fraction
{
    /// <summary>
    /// The fraction <paramref name="text"/> stands for. A bare number of 1 or more is refused: "8"
    /// is someone meaning 8 %, not 800 %, and guessing either way would be wrong for someone.
    /// </summary>
    public static bool TryParse(string text, out double value)
    {
        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (percent) t = t[..^1].Trim();
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return false;
        if (!percent && Math.Abs(value) >= 1) return false;
        if (percent) value /= 100;
        return double.IsFinite(value);
    }
}
