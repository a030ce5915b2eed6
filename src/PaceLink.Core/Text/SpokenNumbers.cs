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

    /// <summary>
    /// A split to the tenth, rounded as <see cref="Clock.Tenths"/> writes it so the voice says the
    /// recorded number: 95.24 → "one minute thirty-five point two", 58.3 → "fifty-eight point three
    /// seconds", 120 → "two minutes flat", 59.96 → "one minute flat".
    /// </summary>
    public static string Split(double seconds)
    {
        var tenths = (long)Math.Round(Math.Max(0, seconds) * 10, MidpointRounding.AwayFromZero);
        var (m, s, t) = ((int)(tenths / 600), (int)(tenths % 600 / 10), (int)(tenths % 10));
        var secs = $"{Of(s)} point {Of(t)}";
        if (m == 0) return $"{secs} seconds";
        return s == 0 && t == 0 ? $"{Minutes(m)} flat" : $"{Minutes(m)} {secs}";
    }

    /// <summary>A pace per unit, to the second as <see cref="Clock.Seconds"/> rounds it: 240 → "four minutes", 386 → "six minutes twenty-six".</summary>
    public static string Pace(double seconds)
    {
        var total = (int)Math.Round(seconds, MidpointRounding.AwayFromZero);
        var (m, s) = (total / 60, total % 60);
        if (m == 0) return $"{Of(s)} seconds";
        return s == 0 ? Minutes(m) : $"{Minutes(m)} {Of(s)}";
    }

    /// <summary>
    /// Seconds off a target to the tenth, rounded as <see cref="Clock.Signed"/>: -1.0 → "one second
    /// fast", 3.34 → "three point three seconds slow", 0.04 → "on target".
    /// </summary>
    public static string Deviation(double seconds)
    {
        var tenths = (long)Math.Round(seconds * 10, MidpointRounding.AwayFromZero);
        if (tenths == 0) return "on target";
        var (whole, tenth) = ((int)(Math.Abs(tenths) / 10), (int)(Math.Abs(tenths) % 10));
        var amount = tenth == 0
            ? whole == 1 ? "one second" : $"{Of(whole)} seconds"
            : $"{Of(whole)} point {Of(tenth)} seconds";
        return $"{amount} {(tenths > 0 ? "slow" : "fast")}";
    }

    /// <summary>1 → "one minute", 3 → "three minutes".</summary>
    public static string Minutes(int minutes) => minutes == 1 ? "one minute" : $"{Of(minutes)} minutes";
}
