using PaceLink.Core.Engine;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Review;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Export.Fit;

/// <summary>One sensor of the session as the activity file names it; battery in percent where it reported one.</summary>
public sealed record FitSensor(SensorInfo Info, int? BatteryPercent);

/// <summary>One RR interval from the strap, in seconds, at the time of the notification that carried it.</summary>
public readonly record struct RrInterval(TimeSpan At, double Seconds);

/// <summary>
/// Everything an activity file says about a session beyond the review: the plan it was coached
/// through, the sensors, the program that recorded it, the strap's RR intervals and the lap presses.
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
    public static FitActivity Of(SessionReview review) => new(review, null, [], null, [], []);

    public static FitActivity From(ReplayedSession session)
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
        return new FitActivity(session.Analyze(), session.Plan, sensors, trace.Header.Software, rr, session.Laps, session.Settings.Tolerance);
    }
}
