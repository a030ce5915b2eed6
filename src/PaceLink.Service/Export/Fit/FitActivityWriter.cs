using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Review;

namespace PaceLink.Service.Export.Fit;

/// <summary>
/// Writes a reviewed session as a FIT activity file, in time order: file_id, file_creator,
/// device_info for PaceLink and each sensor, the plan as workout and workout_step messages, a timer
/// start, one record per second with the strap's RR intervals as hrv messages between them, each lap
/// right after its last record, a timer stop at each pause and a start at its resume, a timer stop,
/// the session and the activity. Timer times leave the pauses out; elapsed times keep them.
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
        var totals = review.Totals;
        var kilocalories = activity.LapKilocalories;
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
        // Whole-second timestamps never go back: a lap or event is not stamped before the record it follows.
        ulong recordStamp = 0;
        ulong After(ulong stamp) => Math.Max(stamp, recordStamp);
        // What happens between records, in time order: laps when their phase ends (after the records
        // they summarise), the timer stopping at a pause and starting again at the resume.
        var marks = review.Laps.Select((lap, i) => (At: lap.Span.End, Write: (Action)(() => WriteLap(fit, activity, i, stepIndex[i], subSport, kilocalories[i], After))))
            .Concat(activity.Pauses.SelectMany(p => new[]
            {
                (At: p.From, Write: (Action)(() => fit.Write(FitMessages.Event, After(Time(start + p.From)), EventTimer, EventTypeStopAll))),
                (At: p.To, Write: (Action)(() => { if (p.To < TimeSpan.FromSeconds(totals.DurationSeconds)) fit.Write(FitMessages.Event, After(Time(start + p.To)), EventTimer, EventTypeStart); })),
            }))
            .OrderBy(m => m.At)
            .ToList();
        var markAt = 0;
        var rrBySecond = RrInterval.BySecond(activity.RrIntervals, review.Timeline.Count);
        byte hrvCount = 0;
        for (var i = 0; i < review.Timeline.Count; i++)
        {
            var row = review.Timeline[i];
            var t = TimeSpan.FromSeconds(row.Second);
            while (markAt < marks.Count && marks[markAt].At < t) marks[markAt++].Write();
            WriteRecord(fit, recordStamp = Time(start.AddSeconds(row.Second)), row.HeartRate, row.Cadence, row.DistanceMetres, row.SpeedMetresPerSecond, row.StrideMetres);
            // The RR intervals of this second, one hrv message per notification that carried them.
            foreach (var batch in rrBySecond[i])
            {
                var count = (byte)Math.Min(batch.Count, 255);
                if (count != hrvCount) fit.Define(FitMessages.Hrv(hrvCount = count));
                fit.Write(FitMessages.Hrv(hrvCount), batch.Take(count).Select(r => (ulong?)r.Milliseconds).ToList());
            }
        }

        // The series' value at the very end, where the session ends between two whole seconds.
        if (review.Timeline.Count == 0 || review.Timeline[^1].Second < totals.DurationSeconds)
            // FIT counts whole seconds: an end less than half a second after the last row still gets a second of its own.
            WriteRecord(fit, recordStamp = Math.Max(Time(end), review.Timeline.Count > 0 ? recordStamp + 1 : 0), review.Timeline.LastOrDefault()?.HeartRate, null, totals.DistanceMetres, null, null);
        while (markAt < marks.Count) marks[markAt++].Write();

        var endStamp = After(Time(end));
        fit.Write(FitMessages.Event, endStamp, EventTimer, EventTypeStopAll);

        var heart = review.Timeline.Where(r => r.HeartRate is not null).Select(r => (double)r.HeartRate!.Value).ToList();
        var cadence = review.Timeline.Where(r => r.Cadence > 0).Select(r => (double)r.Cadence!.Value).ToList();
        var strides = review.Timeline.Where(r => r.StrideMetres > 0 && r.SpeedMetresPerSecond > 0).Select(r => r.StrideMetres!.Value).ToList();
        var maxSpeed = review.Laps.Select(l => l.MaxSpeedMetresPerSecond).Max();
        var distance = review.Laps.Count > 0 ? review.Laps.Sum(l => l.DistanceMetres) : totals.DistanceMetres;
        var timer = totals.DurationSeconds - activity.PausedWithin(TimeSpan.Zero, TimeSpan.FromSeconds(totals.DurationSeconds)).TotalSeconds;
        var (avgCadence, avgFraction) = Strides(cadence.Count > 0 ? cadence.Average() : null);
        fit.Define(FitMessages.Session);
        fit.Write(FitMessages.Session,
            0, endStamp, EventSession, EventTypeStop, Time(start), SportRunning, subSport,
            Scaled(totals.DurationSeconds, 1000), Scaled(timer, 1000), Scaled(distance, 100),
            Scaled(timer > 0 ? distance / timer : null, 1000), Scaled(maxSpeed, 1000),
            Whole(heart.Count > 0 ? heart.Average() : null), Whole(heart.Count > 0 ? heart.Max() : null),
            avgCadence, 0, (ulong)review.Laps.Count, avgFraction, StepLength(strides.Count > 0 ? strides.Average() : null),
            (ulong)Math.Min(kilocalories.Sum(), ushort.MaxValue - 1));

        fit.Define(FitMessages.Activity);
        fit.Write(FitMessages.Activity, endStamp, Scaled(timer, 1000), 1, 0, EventActivity, EventTypeStop,
            (ulong)Math.Max(0, endStamp + Math.Round(activity.LocalOffset.TotalSeconds)));
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

    private static void WriteRecord(FitEncoder fit, ulong stamp, int? heartRate, int? cadence, double distance, double? speed, double? stride)
    {
        var (whole, fraction) = Strides(cadence);
        fit.Write(FitMessages.Record, stamp, Whole(heartRate), whole, Scaled(distance, 100), Scaled(speed, 1000), fraction, StepLength(stride));
    }

    /// <summary>Steps per minute as FIT's running cadence: whole strides per minute and the 1/128 remainder.</summary>
    private static (ulong? Whole, ulong? Fraction) Strides(double? stepsPerMinute)
    {
        if (stepsPerMinute is not { } steps || !double.IsFinite(steps) || steps < 0) return (null, null);
        var strides = Math.Min(steps / 2, 254);
        var fraction = (ulong)Math.Round((strides - Math.Floor(strides)) * 128);
        // 127.6/128 rounds up to a whole stride rather than to an invalid 128.
        return fraction == 128 ? ((ulong)Math.Floor(strides) + 1, 0) : ((ulong)Math.Floor(strides), fraction);
    }

    /// <summary>The pod's stride length (one foot strike, metres) as FIT's step_length in 1/10 mm.</summary>
    private static ulong? StepLength(double? metres) => metres is > 0 and < 6 ? Scaled(metres * 1000, 10) : null;

    private static void WriteLap(FitEncoder fit, FitActivity activity, int index, int? stepIndex, byte subSport, int? kcal, Func<ulong, ulong> after)
    {
        var lap = activity.Review.Laps[index];
        var lapStart = activity.Review.StartedUtc + lap.Start;
        var timer = lap.DurationSeconds - activity.PausedWithin(lap.Span.Start, lap.Span.End).TotalSeconds;
        var (cadence, fraction) = Strides(lap.AverageCadence);
        fit.Write(FitMessages.Lap,
            (ulong)index, after(Time(lapStart.AddSeconds(lap.DurationSeconds))), EventLap, EventTypeStop, Time(lapStart),
            Scaled(lap.DurationSeconds, 1000), Scaled(timer, 1000), Scaled(lap.DistanceMetres, 100),
            Scaled(timer > 0 ? lap.DistanceMetres / timer : 0, 1000), Scaled(lap.MaxSpeedMetresPerSecond, 1000),
            Whole(lap.AverageHeartRate), Whole(lap.MaxHeartRate), cadence,
            FitWorkoutSteps.Intensity(lap.Span.Phase), Trigger(lap, activity.LapPresses), SportRunning, subSport,
            stepIndex is { } i ? (ulong)i : null, fraction, StepLength(lap.AverageStrideMetres),
            kcal is { } k ? (ulong)Math.Min(k, ushort.MaxValue - 1) : null);
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

    /// <summary>Halves away from zero, as the CSV rounds the same values, so both files show the same digits.</summary>
    private static ulong? Scaled(double? value, double scale) =>
        value is { } v && double.IsFinite(v) ? (ulong)Math.Round(Math.Max(0, v) * scale, MidpointRounding.AwayFromZero) : null;

    private static ulong? Whole(double? value) => Scaled(value, 1);

    private static ulong? Whole(int? value) => value is { } v && v >= 0 ? (ulong)v : null;
}
