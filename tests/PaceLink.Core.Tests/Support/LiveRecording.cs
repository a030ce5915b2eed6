using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Support;

/// <summary>
/// Does what a live run does, on virtual time: feeds inputs to a session as they "arrive" and records
/// the notifications, commands and emitted events to a trace, the way the run verb's recorder would.
/// </summary>
internal static class LiveRecording
{
    public static (byte[] Trace, List<CoachingEvent> Events) Record(
        WorkoutSettings settings, IEnumerable<Notification> notifications, IEnumerable<(double At, CoachCommand Command)> commands, double until)
    {
        var stream = new MemoryStream();
        var writer = new TraceWriter(stream, leaveOpen: true);
        var start = new DateTimeOffset(2026, 3, 1, 7, 30, 0, TimeSpan.Zero);
        writer.WriteHeader(new TraceHeader
        {
            StartedUtc = start,
            Sensors = [new SensorInfo("pod", SensorKind.Rsc, "Stryd", "C4:12:34:56:78:9A"), new SensorInfo("hr", SensorKind.Hr, "HRM-Pro", "D1:00:00:00:00:01")],
            Settings = settings,
            Software = "pacelink test",
        });
        var scheduler = new HistoricalScheduler(start);
        var origin = scheduler.Now;
        var events = new List<CoachingEvent>();
        using var session = new CoachingSession(settings.ToPlan(), settings.ToOptions(), scheduler);
        session.Events.Subscribe(e =>
        {
            events.Add(e);
            writer.WriteEvent(e);
        });
        // Live sources stamp each notification with the scheduler time at hand-over and the recorder writes it.
        var live = Observable.Create<Notification>(o =>
        {
            foreach (var n in notifications.OrderBy(n => n.At))
                scheduler.Schedule(origin + n.At, () => o.OnNext(n with { At = scheduler.Now - origin }));
            return () => { };
        }).Do(writer.WriteNotification);
        var typed = Observable.Create<CoachCommand>(o =>
        {
            foreach (var (at, c) in commands)
                scheduler.Schedule(origin + TimeSpan.FromSeconds(at), () => o.OnNext(c));
            return () => { };
        }).Do(c => writer.WriteCommand(scheduler.Now - origin, c));
        using (session.Start(live, typed)) scheduler.AdvanceTo(origin + TimeSpan.FromSeconds(until));
        writer.Dispose();
        return (stream.ToArray(), events);
    }
}
