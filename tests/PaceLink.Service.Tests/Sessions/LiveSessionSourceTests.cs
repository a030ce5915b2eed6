using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

public class LiveSessionSourceTests : IDisposable
{
    private readonly TempFolder _folder = new("source");

    /// <summary>A radio-like source on the session clock: a pod at 4 m/s once a second, a disconnect at 30.5 s and a reconnect at 35.5 s.</summary>
    private sealed class ScriptedSource(SessionClock scheduler) : INotificationSource
    {
        public IReadOnlyList<SensorInfo> Sensors { get; } = [new("pod", SensorKind.Rsc, "Stride", "AA:BB")];

        public IObservable<Notification> Notifications =>
            Observable.Interval(TimeSpan.FromSeconds(1), scheduler)
                .Where(i => i < 29 || i > 34)
                .Select(i => new Notification(scheduler.Elapsed, "pod", GattIds.RscMeasurement,
                    new RscMeasurement(4, 180, null, (i + 1) * 4.0, true).ToArray()));

        public IObservable<LinkChange> LinkChanges =>
            Observable.Timer(TimeSpan.FromSeconds(30.5), scheduler).Select(_ => new LinkChange(scheduler.Elapsed, "pod", LinkStatus.Lost, "out of range"))
                .Concat(Observable.Timer(TimeSpan.FromSeconds(5), scheduler).Select(_ => new LinkChange(scheduler.Elapsed, "pod", LinkStatus.Connected, "back")));
    }

    private sealed class ThrowsOnSnapshots : ICoachingSink
    {
        public string Name => "flaky display";
        public void OnEvent(CoachingEvent cue) { }
        public void OnSnapshot(CoachingSnapshot snapshot) => throw new IOException("terminal gone");
    }

    [Fact]
    public void LinkChangesAndNotificationsAreRecordedAtTheTimesTheSourceStampedThem()
    {
        var clock = new SessionClock(SimulatedSessionHarness.Start);
        var sink = new RecordingSink();
        var path = _folder.File("radio.jsonl");
        var settings = new WorkoutSettings { TargetPace = Pace.FromSecondsPerKm(240), Warmup = TimeSpan.FromMinutes(1), Cooldown = TimeSpan.Zero };
        using var session = new LiveSession(new LiveSessionSetup { Settings = settings, TracePath = path, Sinks = [new ThrowsOnSnapshots(), sink] },
            new ScriptedSource(clock), clock);
        session.Start();
        clock.AdvanceTo(TimeSpan.FromSeconds(50));
        session.Dispose();

        using var stream = File.OpenRead(path);
        var trace = TraceReader.Read(stream).Trace!;
        Assert.Equal(
            [(TimeSpan.FromSeconds(30.5), LinkState.Disconnected), (TimeSpan.FromSeconds(35.5), LinkState.Connected)],
            trace.Records.OfType<LinkRecord>().Select(l => (l.T, l.State)));
        Assert.Equal(Enumerable.Range(1, 50).Where(i => i < 30 || i > 35).Select(i => TimeSpan.FromSeconds(i)),
            trace.Records.OfType<NotifyRecord>().Select(n => n.T));
        Assert.Contains(sink.Events, e => e is SensorLost { Sensor: "pod" });
        Assert.NotEmpty(sink.Snapshots);
        Assert.True(session.Completion.IsCompletedSuccessfully);
    }

    public void Dispose() => _folder.Dispose();
}
