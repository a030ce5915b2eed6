using System.Globalization;

namespace PaceLink.Core.Text;

/// <summary>
/// Times written for a runner. One rounding rule for every form: to the shown digit, halves away
/// from zero, so the live line, replay and the review never disagree on the same instant.
/// </summary>
public static class Clock
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>"1:36.4", or "42.0" under a minute (seconds with a tenth); "--" when there is no time.</summary>
    public static string Tenths(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0) return "--";
        var tenths = RoundTenths(seconds);
        var m = tenths / 600;
        var s = tenths % 600 / 10.0;
        return m > 0 ? string.Create(C, $"{m}:{s:00.0}") : string.Create(C, $"{s:0.0}");
    }

    /// <summary>A split as the terminal shows it: "1:35.6", or "58.3 s" under a minute.</summary>
    public static string Split(double seconds) =>
        double.IsFinite(seconds) && seconds >= 0 && RoundTenths(seconds) < 600 ? Tenths(seconds) + " s" : Tenths(seconds);

    /// <summary>"[12:34.5]": the time into the session as a line prefix.</summary>
    public static string Stamp(TimeSpan at)
    {
        var tenths = RoundTenths(Math.Max(0, at.TotalSeconds));
        return string.Create(C, $"[{tenths / 600:00}:{tenths % 600 / 10:00}.{tenths % 10}]");
    }

    /// <summary>"4:05": minutes and whole seconds, rounded (paces, time left in a status line); "--:--" when infinite.</summary>
    public static string Seconds(double seconds)
    {
        if (!double.IsFinite(seconds)) return "--:--";
        var total = (long)Math.Round(seconds, MidpointRounding.AwayFromZero);
        return string.Create(C, $"{total / 60}:{total % 60:00}");
    }

    /// <summary>
    /// "12:34" or "1:02:03" like a stopwatch: whole seconds that have passed, never one ahead,
    /// so a ticking display does not jump to the next second early.
    /// </summary>
    public static string Stopwatch(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(C, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
        : string.Create(C, $"{(int)t.TotalMinutes}:{t.Seconds:00}");

    /// <summary>"+3.3 s", "-1.2 s"; a value that rounds to zero reads "+0.0 s", never "-0.0" or "-+0.0".</summary>
    public static string Signed(double seconds, string unit = " s")
    {
        var tenths = RoundTenths(seconds);
        return (tenths >= 0 ? "+" : "-") + (Math.Abs(tenths) / 10.0).ToString("0.0", C) + unit;
    }

    private static long RoundTenths(double seconds) => (long)Math.Round(seconds * 10, MidpointRounding.AwayFromZero);
}
