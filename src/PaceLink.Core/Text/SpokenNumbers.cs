using System.Globalization;

namespace PaceLink.Core.Text;

/// <summary>English words for the numbers a coach says: distances, splits, rests.</summary>
public static class SpokenNumbers
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>0 → "zero", 36 → "thirty-six", 400 → "four hundred", 1600 → "one thousand six hundred".</summary>
    public static string Of(int n)
    {
        if (n < 0) return "minus " + Of(-n);
        if (n < 20) return Small[n];
        if (n < 100) return n % 10 == 0 ? Tens[n / 10] : $"{Tens[n / 10]}-{Small[n % 10]}";
        if (n < 1000) return n % 100 == 0 ? $"{Small[n / 100]} hundred" : $"{Small[n / 100]} hundred {Of(n % 100)}";
        if (n < 1_000_000) return n % 1000 == 0 ? $"{Of(n / 1000)} thousand" : $"{Of(n / 1000)} thousand {Of(n % 1000)}";
        return n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A time the way runners say a split: 96 s → "one thirty-six", 65 s → "one oh five",
    /// 120 s → "two minutes", 58 s → "fifty-eight seconds".
    /// </summary>
    public static string Clock(double seconds)
    {
        var total = (int)Math.Round(seconds, MidpointRounding.AwayFromZero);
        var (m, s) = (total / 60, total % 60);
        if (m == 0) return $"{Of(s)} seconds";
        if (s == 0) return m == 1 ? "one minute" : $"{Of(m)} minutes";
        return s < 10 ? $"{Of(m)} oh {Of(s)}" : $"{Of(m)} {Of(s)}";
    }

    /// <summary>A rest length: 60 → "sixty", 45 → "forty-five", 210 → "three thirty", 180 → "three minutes".</summary>
    public static string Rest(TimeSpan rest)
    {
        var total = (int)Math.Round(rest.TotalSeconds);
        return total <= 90 ? Of(total) : Clock(total);
    }
}
