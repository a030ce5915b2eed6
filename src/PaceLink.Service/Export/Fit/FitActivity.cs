using PaceLink.Core.Engine;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Review;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Export.Fit;

/// <summary>One sensor of the session as the activity file names it; battery in percent where it reported one.</summary>
public sealed record FitSensor(SensorInfo Info, int? BatteryPercent);

/// <summary>A stretch of the session the runner paused: from the pause to the resume (or the end).</summary>
public readonly record struct FitPause(TimeSpan From, TimeSpan To)
{
    /// <summary>How much of [from, to] the pause covers.</summary>
    public TimeSpan Within(TimeSpan from, TimeSpan to)
    {
        var start = From > from ? From : from;
        var end = To < to ? To : to;
        return end > start ? end - start : TimeSpan.Zero;
    }
}

/// <summary>
/// Everything an activity file says about a session beyond the review: the plan it was coached
/// through, the sensors, the program that recorded it, the strap's RR intervals, the lap presses,
/// the pauses and the runner's local offset from UTC at the start.
/// </summary>
public sealed record FitActivity(
    SessionReview Review,
    WorkoutPlan? Plan,
    IReadOnlyList<FitSensor> Sensors,
    string? Software,
    IReadOnlyList<RrInterval> RrIntervals,
    IReadOnlyList<TimeSpan> LapPresses,
    double Tolerance = CoachingOptions.DefaultTolerance)
{
    /// <summary>The pauses, in time order.</summary>
    public IReadOnlyList<FitPause> Pauses { get; init; } = [];

    /// <summary>
    /// Local time minus UTC at the start. The trace keeps UTC only, so this is the offset of the time
    /// zone the export runs in, at the session's start (so summer time is right for that day).
    /// </summary>
    public TimeSpan LocalOffset { get; init; }

    /// <summary>How the laps' calories are estimated: from heart rate with a runner profile, else from distance.</summary>
    public ExportCalories Calories { get; init; } = ExportCalories.For(null);

    /// <summary>Each lap's energy in whole kcal, the TCX's too, so laps and session agree.</summary>
    public IReadOnlyList<int> LapKilocalories => Calories.LapKilocalories(Review);

    /// <summary>Paused time inside [from, to].</summary>
    public TimeSpan PausedWithin(TimeSpan from, TimeSpan to) =>
        Pauses.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Within(from, to));

    public static FitActivity Of(SessionReview review) => new(review, null, [], null, [], []);

    /// <summary>The activity of a replayed session; <paramref name="zone"/> gives the local offset (UTC when null).</summary>
    public static FitActivity From(ReplayedSession session, TimeZoneInfo? zone = null, ExportCalories? calories = null)
    {
        var trace = session.Trace;
        var battery = new Dictionary<string, int>();
        var rr = new List<RrInterval>();
        foreach (var n in trace.Notifications.OrderBy(n => n.At))
        {
            if (n.Characteristic == GattIds.BatteryLevel && n.Payload.Length >= 1 && n.Payload.Span[0] <= 100)
                battery[n.Sensor] = n.Payload.Span[0];
            else if (n.Characteristic == GattIds.HeartRateMeasurement && HeartRateMeasurement.TryParse(n.Payload, out var hr))
                foreach (var seconds in hr.RrIntervals) rr.Add(new RrInterval(n.At, seconds));
        }
        var sensors = trace.Header.Sensors
            .Select(s => new FitSensor(s, battery.TryGetValue(s.Id, out var b) ? b : null))
            .ToList();
        var review = session.Analyze();
        return new FitActivity(review, session.Plan, sensors, trace.Header.Software, rr, session.Laps, session.Settings.Tolerance)
        {
            Pauses = PausesOf(trace.Commands.Select(c => (c.T, c.Command)), TimeSpan.FromSeconds(review.Totals.DurationSeconds)),
            LocalOffset = zone?.GetUtcOffset(review.StartedUtc) ?? TimeSpan.Zero,
            Calories = calories ?? ExportCalories.For(null),
        };
    }

    /// <summary>
    /// Pause to the next resume; a second pause while paused changes nothing, and a pause never
    /// resumed lasts to the end.
    /// </summary>
    public static IReadOnlyList<FitPause> PausesOf(IEnumerable<(TimeSpan At, CoachCommand Command)> commands, TimeSpan end)
    {
        var pauses = new List<FitPause>();
        TimeSpan? since = null;
        foreach (var (at, command) in commands.OrderBy(c => c.At))
        {
            if (command == CoachCommand.Pause && since is null && at < end) since = at;
            else if (command == CoachCommand.Resume && since is { } from)
            {
                if (at > from) pauses.Add(new FitPause(from, at < end ? at : end));
                since = null;
            }
        }
        if (since is { } open && end > open) pauses.Add(new FitPause(open, end));
        return pauses;
    }
}
