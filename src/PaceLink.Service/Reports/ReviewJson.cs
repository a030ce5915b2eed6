using System.Text;
using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Review;

namespace PaceLink.Service.Reports;

/// <summary>
/// The review as one JSON object (a contract): <c>reps</c> (set, rep, split_s, avg_pace_s_per_km,
/// avg_hr_bpm, max_hr_bpm, …), <c>rests</c> (set, after_rep, duration_s, hr_start_bpm, hr_end_bpm,
/// hr_drop_bpm, …), plus <c>recovery</c> and <c>totals</c>. Unknown values are null.
/// </summary>
public static class ReviewJson
{
    public static string Serialize(SessionReview review, string? workout = null)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("started_utc", review.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            if (workout is not null) w.WriteString("workout", workout);
            w.WriteNumber("calibration", review.Calibration);
            Number(w, "target_pace_s_per_km", review.TargetPaceSecondsPerKm);
            w.WriteStartArray("reps");
            foreach (var r in review.Reps) Rep(w, r);
            w.WriteEndArray();
            w.WriteStartArray("rests");
            foreach (var r in review.Rests) Rest(w, r);
            w.WriteEndArray();
            Recovery(w, review.Recovery);
            Totals(w, review.Totals);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Rep(Utf8JsonWriter w, RepReview r)
    {
        w.WriteStartObject();
        w.WriteNumber("set", r.Set);
        w.WriteNumber("rep", r.Rep);
        Number(w, "split_s", r.SplitSeconds, 3);
        Number(w, "avg_pace_s_per_km", r.AveragePaceSecondsPerKm, 2);
        Number(w, "avg_hr_bpm", r.AverageHeartRate, 1);
        Number(w, "max_hr_bpm", r.MaxHeartRate);
        Number(w, "distance_m", r.DistanceMetres, 1);
        Number(w, "target_split_s", r.TargetSplitSeconds, 3);
        Number(w, "deviation_s", r.DeviationSeconds, 3);
        Number(w, "deviation_pct", r.DeviationPercent, 2);
        Number(w, "avg_cadence_spm", r.AverageCadence, 1);
        Number(w, "avg_stride_m", r.AverageStrideMetres, 3);
        Number(w, "start_s", r.Start.TotalSeconds, 3);
        w.WriteBoolean("ended_by_lap", r.EndedByLap);
        w.WriteEndObject();
    }

    private static void Rest(Utf8JsonWriter w, RestReview r)
    {
        w.WriteStartObject();
        w.WriteNumber("set", r.Set);
        w.WriteNumber("after_rep", r.AfterRep);
        w.WriteString("kind", r.Kind.ToJson());
        Number(w, "duration_s", r.DurationSeconds, 3);
        Number(w, "hr_start_bpm", r.HeartRateAtStart);
        Number(w, "hr_end_bpm", r.HeartRateAtEnd);
        Number(w, "hr_drop_bpm", r.HeartRateDrop);
        Number(w, "start_s", r.Start.TotalSeconds, 3);
        w.WriteEndObject();
    }

    private static void Recovery(Utf8JsonWriter w, RecoveryTrend trend)
    {
        w.WriteStartObject("recovery");
        w.WriteStartArray("by_rest");
        foreach (var r in trend.ByRest)
        {
            w.WriteStartObject();
            w.WriteNumber("after_rep", r.AfterRep);
            Number(w, "typical_s", r.TypicalSeconds, 1);
            Number(w, "avg_hr_drop_bpm", r.AverageDrop, 1);
            w.WriteNumber("rests", r.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("by_set");
        foreach (var s in trend.BySet)
        {
            w.WriteStartObject();
            w.WriteNumber("set", s.Set);
            Number(w, "avg_hr_drop_in_set_bpm", s.AverageDropInSet, 1);
            Number(w, "set_rest_hr_drop_bpm", s.SetRestDrop);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Totals(Utf8JsonWriter w, SessionTotals t)
    {
        w.WriteStartObject("totals");
        Number(w, "distance_m", t.DistanceMetres, 1);
        Number(w, "duration_s", t.DurationSeconds, 3);
        w.WriteNumber("reps", t.RepCount);
        Number(w, "rep_distance_m", t.RepDistanceMetres, 1);
        Number(w, "avg_split_s", t.AverageSplitSeconds, 3);
        Number(w, "fastest_split_s", t.FastestSplitSeconds, 3);
        Number(w, "slowest_split_s", t.SlowestSplitSeconds, 3);
        Number(w, "split_sd_s", t.SplitSpreadSeconds, 3);
        Number(w, "split_range_s", t.SplitRangeSeconds, 3);
        Number(w, "split_cv_pct", t.SplitVariationPercent, 2);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value, int digits = 0)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, Math.Round(v, digits));
        else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
