using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Review;

namespace PaceLink.Service.Export.Fit;

/// <summary>
/// Writes a reviewed session as a FIT activity file, in time order: file_id, file_creator,
/// device_info for PaceLink and each sensor, the plan as workout and workout_step messages, a timer
/// start, one record per second with the strap's RR intervals as hrv messages between them, each lap
/// right after its last record, a timer stop, the session and the activity.
/// Laps, records and session take their distance from the one distance series of the review, so the
/// laps add up to the session and to the last record.
/// Running cadence in FIT counts strides (one foot), so the pod's steps per minute are halved.
/// </summary>
public static class FitActivityWriter
{
    /// <summary>The FIT epoch: timestamps count seconds from 1989-12-31 00:00 UTC.</summary>
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private const byte EventTimer = 0, EventSession = 8, EventLap = 9, EventActivity = 26;
    private const byte EventTypeStart = 0, EventTypeStop = 1, EventTypeStopAll = 4;
    private const byte SportRunning = 1, SubSportGeneric = 0, SubSportTrack = 4;
    private const byte TriggerManual = 0, TriggerTime = 1, TriggerDistance = 2;
    private const byte SourceBle = 3, SourceLocal = 5;
    private const byte BleHeartRate = 1, BleFootpod = 6;
    private const ushort ManufacturerDevelopment = 255;
    /// <summary>How close to a phase's end a lap press must be to count as what ended it.</summary>
    private static readonly TimeSpan PressWindow = TimeSpan.FromSeconds(1);

    public static byte[] Write(SessionReview review) => Write(FitActivity.Of(review));

    public static byte[] Write(FitActivity activity)
    {
        var review = activity.Review;
        var fit = new FitEncoder();
        var start = review.StartedUtc;
        var end = start.AddSeconds(review.Totals.DurationSeconds);
        var track = activity.Plan is { } p && p.Reps > 0;
        var subSport = track ? SubSportTrack : SubSportGeneric;

        fit.Define(FitMessages.FileId);
        fit.Write(FitMessages.FileId, 4, ManufacturerDevelopment, 1, 1, Time(start));
        fit.Define(FitMessages.FileCreator);
        fit.Write(FitMessages.FileCreator, SoftwareVersion(activity.Software), null);
        WriteDevices(fit, activity, Time(start));

        var stepIndex = activity.Plan is { } plan ? StepIndexes(review.Laps, plan) : new int?[review.Laps.Count];
        if (activity.Plan is { } workout)
            WriteWorkout(fit, workout.Name, FitWorkoutSteps.Flat(workout, activity.Tolerance), subSport);

        fit.Define(FitMessages.Event);
        fit.Write(FitMessages.Event, Time(start), EventTimer, EventTypeStart);

        fit.Define(FitMessages.Record);
        fit.Define(FitMessages.Lap);
        var rr = activity.RrIntervals;
        var rrAt = 0;
        var lapAt = 0;
        byte hrvCount = 0;
        foreach (var row in review.Timeline)
        {
            var t = TimeSpan.FromSeconds(row.Second);
            // Laps that ended before this second follow the records they summarise.
            while (lapAt < review.Laps.Count && review.Laps[lapAt].Span.End < t)
                WriteLap(fit, activity, lapAt, stepIndex[lapAt++], subSport);
            WriteRecord(fit, start.AddSeconds(row.Second), row.HeartRate, row.Cadence, row.DistanceMetres, row.SpeedMetresPerSecond);
            // RR intervals that arrived up to this second, one hrv message per notification.
            while (rrAt < rr.Count && rr[rrAt].At <= t)
            {
                var from = rrAt;
                while (rrAt < rr.Count && rr[rrAt].At == rr[from].At) rrAt++;
                var batch = rr.Skip(from).Take(rrAt - from).Select(i => (ulong?)Math.Round(i.Seconds * 1000)).ToList();
                if (batch.Count != hrvCount)
                {
                    hrvCount = (byte)Math.Min(batch.Count, 255);
                    fit.Define(FitMessages.Hrv(hrvCount));
                }
                fit.Write(FitMessages.Hrv(hrvCount), batch);
            }
        }

        var totals = review.Totals;
        // The series' value at the very end, where the session ends between two whole seconds.
        if (review.Timeline.Count == 0 || review.Timeline[^1].Second < totals.DurationSeconds)
            WriteRecord(fit, end, review.Timeline.LastOrDefault()?.HeartRate, null, totals.DistanceMetres, null);
        while (rrAt < rr.Count)
        {
            fit.Define(FitMessages.Hrv(1));
            fit.Write(FitMessages.Hrv(1), new List<ulong?> { (ulong)Math.Round(rr[rrAt++].Seconds * 1000) });
        }
        while (lapAt < review.Laps.Count)
            WriteLap(fit, activity, lapAt, stepIndex[lapAt++], subSport);

        fit.Write(FitMessages.Event, Time(end), EventTimer, EventTypeStopAll);

        var heart = review.Timeline.Where(r => r.HeartRate is not null).Select(r => (double)r.HeartRate!.Value).ToList();
        var cadence = review.Timeline.Where(r => r.Cadence > 0).Select(r => r.Cadence!.Value / 2.0).ToList();
        var maxSpeed = review.Laps.Select(l => l.MaxSpeedMetresPerSecond).Max();
        var distance = review.Laps.Count > 0 ? review.Laps.Sum(l => l.DistanceMetres) : totals.DistanceMetres;
        fit.Define(FitMessages.Session);
        fit.Write(FitMessages.Session,
            0, Time(end), EventSession, EventTypeStop, Time(start), SportRunning, subSport,
            Scaled(totals.DurationSeconds, 1000), Scaled(totals.DurationSeconds, 1000), Scaled(distance, 100),
            Scaled(totals.DurationSeconds > 0 ? distance / totals.DurationSeconds : null, 1000), Scaled(maxSpeed, 1000),
            Whole(heart.Count > 0 ? heart.Average() : null), Whole(heart.Count > 0 ? heart.Max() : null),
            Whole(cadence.Count > 0 ? cadence.Average() : null),
            0, (ulong)review.Laps.Count);

        fit.Define(FitMessages.Activity);
        fit.Write(FitMessages.Activity, Time(end), Scaled(totals.DurationSeconds, 1000), 1, 0, EventActivity, EventTypeStop,
            Time(end) + (ulong)Math.Round(start.Offset.TotalSeconds));
        return fit.ToArray();
    }

    /// <summary>Writes the plan as a workout message and its steps; shared with the workout file.</summary>
    internal static void WriteWorkout(FitEncoder fit, string name, IReadOnlyList<FitWorkoutStep> steps, byte subSport)
    {
        var workout = FitMessages.Workout(FitEncoder.StringSize([name]));
        fit.Define(workout);
        fit.Write(workout, SportRunning, subSport, (ulong)steps.Count(s => !s.IsRepeat), name);
        var stepMessage = FitMessages.WorkoutStep(FitEncoder.StringSize(steps.Select(s => s.Name)));
        fit.Define(stepMessage);
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            fit.Write(stepMessage, (ulong)i, s.DurationType, s.DurationValue, s.TargetType, s.TargetValue, s.SpeedLow, s.SpeedHigh, s.Intensity, s.Name);
        }
    }

    private static void WriteRecord(FitEncoder fit, DateTimeOffset at, int? heartRate, int? cadence, double distance, double? speed)
    {
        var strides = cadence / 2.0;
        ulong? whole = strides is { } s ? (ulong)Math.Floor(s) : null;
        ulong? fraction = strides is { } f ? (ulong)Math.Round((f - Math.Floor(f)) * 128) : null;
        fit.Write(FitMessages.Record, Time(at), Whole(heartRate), whole, Scaled(distance, 100), Scaled(speed, 1000), fraction);
    }

    private static void WriteLap(FitEncoder fit, FitActivity activity, int index, int? stepIndex, byte subSport)
    {
        var lap = activity.Review.Laps[index];
        var lapStart = activity.Review.StartedUtc + lap.Start;
        fit.Write(FitMessages.Lap,
            (ulong)index, Time(lapStart.AddSeconds(lap.DurationSeconds)), EventLap, EventTypeStop, Time(lapStart),
            Scaled(lap.DurationSeconds, 1000), Scaled(lap.DurationSeconds, 1000), Scaled(lap.DistanceMetres, 100),
            Scaled(lap.AverageSpeedMetresPerSecond, 1000), Scaled(lap.MaxSpeedMetresPerSecond, 1000),
            Whole(lap.AverageHeartRate), Whole(lap.MaxHeartRate), Whole(lap.AverageCadence / 2),
            FitWorkoutSteps.Intensity(lap.Span.Phase), Trigger(lap, activity.LapPresses), SportRunning, subSport,
            stepIndex is { } i ? (ulong)i : null);
    }

    /// <summary>A lap press that ended a phase wins; otherwise reps end on distance and the rest on time.</summary>
    private static byte Trigger(LapSummary lap, IReadOnlyList<TimeSpan> presses)
    {
        if (presses.Any(p => (p - lap.Span.End).Duration() <= PressWindow)) return TriggerManual;
        return lap.EndsOnDistance ? TriggerDistance : TriggerTime;
    }

    /// <summary>Each lap's plan step: the next step of the same phase, walking the plan in order.</summary>
    private static int?[] StepIndexes(IReadOnlyList<LapSummary> laps, Core.Workout.WorkoutPlan plan)
    {
        var indexes = new int?[laps.Count];
        var next = 0;
        for (var i = 0; i < laps.Count; i++)
        {
            var span = laps[i].Span;
            for (var j = next; j < plan.Steps.Count; j++)
            {
                var step = plan.Steps[j];
                if (step.Phase != span.Phase || (span.Phase != Phase.Warmup && span.Phase != Phase.Cooldown && step.Set != span.Set)) continue;
                indexes[i] = j;
                next = j + 1;
                break;
            }
        }
        return indexes;
    }

    private static void WriteDevices(FitEncoder fit, FitActivity activity, ulong timestamp)
    {
        var names = activity.Sensors.Select(s => s.Info.Name ?? s.Info.Id).Append("PaceLink").ToList();
        var definition = FitMessages.DeviceInfo(FitEncoder.StringSize(names));
        fit.Define(definition);
        fit.Write(definition, timestamp, 0, null, ManufacturerDevelopment, SoftwareVersion(activity.Software), SourceLocal, null, "PaceLink");
        byte deviceIndex = 1;
        foreach (var sensor in activity.Sensors)
        {
            byte? type = sensor.Info.Kind switch { SensorKind.Rsc => BleFootpod, SensorKind.Hr => BleHeartRate, _ => null };
            fit.Write(definition, timestamp, deviceIndex++, type, null, null, SourceBle,
                sensor.BatteryPercent is { } b ? (ulong)b : null, sensor.Info.Name ?? sensor.Info.Id);
        }
    }

    /// <summary>"pacelink 0.1.0" → 10, read as 0.10 (FIT stores major.minor × 100); null when unknown.</summary>
    private static ulong? SoftwareVersion(string? software)
    {
        var text = software?.Split(' ').LastOrDefault();
        if (!Version.TryParse(text, out var v)) return null;
        var majorMinor = double.Parse($"{v.Major}.{Math.Max(0, v.Minor)}", System.Globalization.CultureInfo.InvariantCulture);
        return (ulong)Math.Round(majorMinor * 100);
    }

    public static ulong Time(DateTimeOffset utc) => (ulong)Math.Max(0, Math.Round((utc - Epoch).TotalSeconds));

    private static ulong? Scaled(double? value, double scale) =>
        value is { } v && double.IsFinite(v) ? (ulong)Math.Round(Math.Max(0, v) * scale) : null;

    private static ulong? Whole(double? value) => Scaled(value, 1);

    private static ulong? Whole(int? value) => value is { } v && v >= 0 ? (ulong)v : null;
}
