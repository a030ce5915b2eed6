using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Review;

namespace PaceLink.Service.Export.Csv;

/// <summary>
/// Writes a reviewed session as CSV, one row per second. Columns: t_s, time_utc, phase, set, rep,
/// distance_m, speed_m_s, pace_s_per_km, cadence_spm, hr_bpm. Empty cells mean the sensor was silent
/// (or, for pace, that the runner was standing). Times carry milliseconds and distances centimetres,
/// the resolution of the TCX and FIT exports of the same rows.
/// </summary>
public static class CsvWriter
{
    public const string Header = "t_s,time_utc,phase,set,rep,distance_m,speed_m_s,pace_s_per_km,cadence_spm,hr_bpm";

    public static void Write(SessionReview review, TextWriter output)
    {
        output.Write(Header);
        output.Write('\n');
        foreach (var row in review.Timeline)
        {
            var time = review.StartedUtc.AddSeconds(row.Second).UtcDateTime;
            output.Write(string.Join(',',
                row.Second.ToString(CultureInfo.InvariantCulture),
                time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                row.Phase.ToJson(),
                row.Set.ToString(CultureInfo.InvariantCulture),
                row.Rep.ToString(CultureInfo.InvariantCulture),
                Number(row.DistanceMetres, "0.00"),
                Number(row.SpeedMetresPerSecond, "0.000"),
                Number(row.PaceSecondsPerKm, "0.0"),
                Number(row.Cadence, "0"),
                Number(row.HeartRate, "0")));
            output.Write('\n');
        }
    }

    private static string Number(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "";
}
