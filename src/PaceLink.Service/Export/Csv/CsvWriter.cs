using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Review;

namespace PaceLink.Service.Export.Csv;

/// <summary>
/// Writes a reviewed session as CSV, one row per second. Columns: t_s, time_utc, phase, set, rep,
/// distance_m, speed_m_s, pace_s_per_km, cadence_spm, hr_bpm. Empty cells mean the sensor was silent
/// (or, for pace, that the runner was standing). Times carry milliseconds and distances centimetres,
/// the resolution of the TCX and FIT exports of the same rows. With the strap's RR intervals given, a last
/// column rr_ms holds the intervals of each second in milliseconds, space-separated (second s those that
/// arrived after s − 1 and up to s, as the FIT file's hrv messages after that second's record).
/// </summary>
public static class CsvWriter
{
    public const string Header = "t_s,time_utc,phase,set,rep,distance_m,speed_m_s,pace_s_per_km,cadence_spm,hr_bpm";

    public const string RrColumn = "rr_ms";

    public static void Write(SessionReview review, TextWriter output, IReadOnlyList<RrInterval>? rr = null)
    {
        output.Write(Header);
        if (rr is not null) output.Write("," + RrColumn);
        output.Write('\n');
        var rrBySecond = rr is null ? null : RrInterval.BySecond(rr, review.Timeline.Count);
        for (var i = 0; i < review.Timeline.Count; i++)
        {
            var row = review.Timeline[i];
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
            if (rrBySecond is not null)
                output.Write("," + string.Join(' ', rrBySecond[i].SelectMany(b => b).Select(r => r.Milliseconds.ToString(CultureInfo.InvariantCulture))));
            output.Write('\n');
        }
    }

    /// <summary>
    /// Rounded as the FIT file scales the same value (to the shown digit, halves away from zero), so a
    /// distance of 1493.225 m reads 1493.23 in both rather than 1493.22 in one.
    /// </summary>
    private static string Number(double? value, string format)
    {
        if (value is not { } v || !double.IsFinite(v)) return "";
        var decimals = format.Contains('.') ? format.Length - format.IndexOf('.') - 1 : 0;
        var scale = Math.Pow(10, decimals);
        return (Math.Round(v * scale, MidpointRounding.AwayFromZero) / scale).ToString(format, CultureInfo.InvariantCulture);
    }
}
