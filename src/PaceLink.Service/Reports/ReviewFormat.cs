using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Text;

namespace PaceLink.Service.Reports;

/// <summary>How review numbers read for people: splits "1:36.2", paces "4:01", signed deviations "+1.2 s".</summary>
public static class ReviewFormat
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>"1:36.2" (minutes, seconds, tenths); under a minute "58.3".</summary>
    public static string Split(double? seconds)
        => seconds is { } s && double.IsFinite(s) ? Clock.Tenths(s) : "-";

    /// <summary>"4:01" per km, or per mile in <paramref name="unit"/>; "-" when there is none.</summary>
    public static string Pace(double? secondsPerKm, DistanceUnit unit = DistanceUnit.Kilometres) =>
        secondsPerKm is { } p && double.IsFinite(p) ? PaceText.Bare(Core.Units.Pace.FromSecondsPerKm(p), unit) : "-";

    public static string Signed(double? value, string unit, string format = "0.0") =>
        value is { } v && double.IsFinite(v) ? (v >= 0 ? "+" : "") + v.ToString(format, C) + unit : "-";

    public static string Number(double? value, string format = "0") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, C) : "-";

    /// <summary>"1.40 s"; a missing value is just "-", without a unit.</summary>
    public static string Number(double? value, string format, string unit) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, C) + unit : "-";

    public static string Duration(double seconds) => DurationText.Format(TimeSpan.FromSeconds(seconds));

    /// <summary>"5.00 km" or "3.11 mi".</summary>
    public static string Distance(double metres, DistanceUnit unit = DistanceUnit.Kilometres) => PaceText.Distance(metres, unit);

    public static string RestKind(Phase kind) => kind == Phase.SetRest ? "between sets" : "in set";
}
