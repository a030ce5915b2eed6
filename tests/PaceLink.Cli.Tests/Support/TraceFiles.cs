using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Engine;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Workout;

namespace PaceLink.Cli.Tests.Support;

/// <summary>Trace files for verb tests, in a temporary folder removed afterwards.</summary>
public sealed class TraceFiles : IDisposable
{
    private readonly TempFolder _folder = new("traces");

    public string PathOf(string name) => _folder.File(name);

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// Records a session the way a live run does (virtual time): a runner at a steady 4 m/s with a
    /// 1 Hz foot pod; the header stores <paramref name="settings"/> unless <paramref name="storeSettings"/> is false.
    /// </summary>
    public string Record(string name, WorkoutSettings settings, double seconds, bool storeSettings = true)
    {
        var path = PathOf(name);
        using var writer = new TraceWriter(File.Create(path));
        var start = new DateTimeOffset(2026, 4, 4, 6, 0, 0, TimeSpan.Zero);
        writer.WriteHeader(new TraceHeader { StartedUtc = start, Sensors = [new SensorInfo("pod", SensorKind.Rsc)], Settings = storeSettings ? settings : null });
        var scheduler = new HistoricalScheduler(start);
        using var session = new CoachingSession(settings.ToPlan(), settings.ToOptions(), scheduler);
        session.Events.Subscribe(writer.WriteEvent);
        var pod = Observable.Create<Notification>(o =>
        {
            for (var t = 0; t <= seconds; t++)
            {
                var payload = new RscMeasurement(4, 180, null, 4.0 * t, true).ToArray();
                var at = TimeSpan.FromSeconds(t);
                scheduler.Schedule(start + at, () => o.OnNext(new Notification(at, "pod", GattIds.RscMeasurement, payload)));
            }
            return () => { };
        }).Do(writer.WriteNotification);
        using (session.Start(pod, Observable.Never<CoachCommand>())) scheduler.AdvanceTo(start + TimeSpan.FromSeconds(seconds));
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
