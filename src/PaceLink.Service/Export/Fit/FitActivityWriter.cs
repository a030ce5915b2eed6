using PaceLink.Core.Coaching;
using PaceLink.Core.Review;

namespace PaceLink.Service.Export.Fit;

/// <summary>
/// Writes a reviewed session as a FIT activity file: file_id, one record per second, one lap per
/// phase (warm-up, each rep and rest, cool-down), the session and the activity.
/// Running cadence in FIT counts strides (one foot), so the pod's steps per minute are halved.
/// </summary>
public static class FitActivityWriter
{
    /// <summary>The FIT epoch: timestamps count seconds from 1989-12-31 00:00 UTC.</summary>
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private const byte EventSession = 8, EventLap = 9, EventActivity = 26;
    private const byte EventTypeStop = 1;
    private const byte SportRunning = 1;
    private const byte IntensityActive = 0, IntensityRest = 1, IntensityWarmup = 2, IntensityCooldown = 3;
    private const byte TriggerTime = 1, TriggerDistance = 2;

    public static byte[] Write(FitActivity activity) => Write(activity.Review);

    public static byte[] Write(SessionReview review)
    {
        var fit = new FitEncoder();
        var start = review.StartedUtc;
        var end = start.AddSeconds(review.Totals.DurationSeconds);

        fit.Define(FitMessages.FileId);
        fit.Write(FitMessages.FileId, 4, 255, 1, 1, Time(start));

        fit.Define(FitMessages.Record);
        foreach (var row in review.Timeline)
        {
            fit.Write(FitMessages.Record,
                Time(start.AddSeconds(row.Second)),
                Whole(row.HeartRate),
                Whole(row.Cadence / 2.0),
                Scaled(row.DistanceMetres, 100),
                Scaled(row.SpeedMetresPerSecond, 1000));
        }

        fit.Define(FitMessages.Lap);
        for (var i = 0; i < review.Laps.Count; i++)
        {
            var lap = review.Laps[i];
            var lapStart = start + lap.Start;
            fit.Write(FitMessages.Lap,
                (ulong)i, Time(lapStart.AddSeconds(lap.DurationSeconds)), EventLap, EventTypeStop, Time(lapStart),
                Scaled(lap.DurationSeconds, 1000), Scaled(lap.DurationSeconds, 1000), Scaled(lap.DistanceMetres, 100),
                Scaled(lap.AverageSpeedMetresPerSecond, 1000), Scaled(lap.MaxSpeedMetresPerSecond, 1000),
                Whole(lap.AverageHeartRate), Whole(lap.MaxHeartRate), Whole(lap.AverageCadence / 2),
                Intensity(lap.Span.Phase), lap.EndsOnDistance ? TriggerDistance : TriggerTime, SportRunning);
        }

        var totals = review.Totals;
        var heart = review.Timeline.Where(r => r.HeartRate is not null).Select(r => (double)r.HeartRate!.Value).ToList();
        var cadence = review.Timeline.Where(r => r.Cadence > 0).Select(r => r.Cadence!.Value / 2.0).ToList();
        var maxSpeed = review.Laps.Select(l => l.MaxSpeedMetresPerSecond).Max();
        fit.Define(FitMessages.Session);
        fit.Write(FitMessages.Session,
            0, Time(end), EventSession, EventTypeStop, Time(start), SportRunning, 0,
            Scaled(totals.DurationSeconds, 1000), Scaled(totals.DurationSeconds, 1000), Scaled(totals.DistanceMetres, 100),
            Scaled(totals.DurationSeconds > 0 ? totals.DistanceMetres / totals.DurationSeconds : null, 1000), Scaled(maxSpeed, 1000),
            Whole(heart.Count > 0 ? heart.Average() : null), Whole(heart.Count > 0 ? heart.Max() : null),
            Whole(cadence.Count > 0 ? cadence.Average() : null),
            0, (ulong)review.Laps.Count);

        fit.Define(FitMessages.Activity);
        fit.Write(FitMessages.Activity, Time(end), Scaled(totals.DurationSeconds, 1000), 1, 0, EventActivity, EventTypeStop, Time(end));
        return fit.ToArray();
    }

    public static ulong Time(DateTimeOffset utc) => (ulong)Math.Max(0, Math.Round((utc - Epoch).TotalSeconds));

    private static ulong? Scaled(double? value, double scale) =>
        value is { } v && double.IsFinite(v) ? (ulong)Math.Round(Math.Max(0, v) * scale) : null;

    private static ulong? Whole(double? value) => Scaled(value, 1);

    private static ulong? Whole(int? value) => value is { } v && v >= 0 ? (ulong)v : null;

    private static byte Intensity(Phase phase) => phase switch
    {
        Phase.Rep => IntensityActive,
        Phase.Rest or Phase.SetRest => IntensityRest,
        Phase.Warmup => IntensityWarmup,
        _ => IntensityCooldown,
    };
}
