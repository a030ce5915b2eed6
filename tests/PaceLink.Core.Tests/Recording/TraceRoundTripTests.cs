using System.Text;
using PaceLink.Core.Coaching;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Recording;

public class TraceRoundTripTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void EveryRecordTypeReadsBackAsWritten()
    {
        var stream = new MemoryStream();
        var settings = new WorkoutSettings { Workout = "half", Goal = "half=1:30:00", Warmup = S(600), Calibration = 0.97 };
        var payload = new RscMeasurement(3.5, 178, 1.18, 1234.5, true).ToArray();
        using (var w = new TraceWriter(stream, leaveOpen: true))
        {
            w.WriteHeader(new TraceHeader { StartedUtc = new DateTimeOffset(2026, 5, 2, 6, 0, 0, TimeSpan.Zero), Sensors = [new SensorInfo("pod", SensorKind.Rsc, "Pod", "AA:BB")], Settings = settings, Software = "pacelink 0.1.0" });
            w.WriteNotification(new Notification(TimeSpan.FromTicks(123_456_789), "pod", GattIds.RscMeasurement, payload));
            w.WriteLink(S(13), "pod", LinkState.Disconnected);
            w.WriteCommand(S(14.5), CoachCommand.Lap);
            w.WriteEvent(new RepCompleted(S(96.125), 1, 2, 95.875, 400));
        }

        var read = TraceReader.Read(new MemoryStream(stream.ToArray()));

        Assert.True(read.Ok, read.Error);
        Assert.Empty(read.Warnings);
        var trace = read.Trace!;
        Assert.Equal(settings, trace.Header.Settings);
        Assert.Equal([new SensorInfo("pod", SensorKind.Rsc, "Pod", "AA:BB")], trace.Header.Sensors);
        Assert.Equal("pacelink 0.1.0", trace.Header.Software);
        var notify = Assert.IsType<NotifyRecord>(trace.Records[0]);
        Assert.Equal(TimeSpan.FromTicks(123_456_789), notify.T); // the full 100 ns resolution survives
        Assert.Equal(payload, notify.Payload.ToArray());
        Assert.Equal(new LinkRecord(S(13), "pod", LinkState.Disconnected), trace.Records[1]);
        Assert.Equal(new CommandRecord(S(14.5), CoachCommand.Lap), trace.Records[2]);
        Assert.Equal(new RepCompleted(S(96.125), 1, 2, 95.875, 400), Assert.IsType<EventRecord>(trace.Records[3]).Event);
    }

    [Fact]
    public void TheWriterProducesTheContractLines()
    {
        var stream = new MemoryStream();
        using (var w = new TraceWriter(stream, leaveOpen: true))
        {
            w.WriteNotification(new Notification(S(12.5), "pod", GattIds.RscMeasurement, new byte[] { 0x02, 0x00, 0x04, 0xB4 }));
            w.WriteEvent(new PhaseStarted(S(900), Phase.Rep, 1, 1));
        }

        Assert.Equal(
            "{\"type\":\"notify\",\"t\":12.5,\"sensor\":\"pod\",\"char\":\"2a53\",\"hex\":\"020004b4\"}\n" +
            "{\"type\":\"event\",\"t\":900,\"kind\":\"phase\",\"phase\":\"rep\",\"set\":1,\"rep\":1}\n",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void ReplayingARecordedTraceYieldsExactlyTheEventsEmittedLive()
    {
        var settings = new WorkoutSettings { Workout = "10k", TargetPace = Pace.FromSecondsPerKm(245), Warmup = S(120), Cooldown = S(60), SetRest = S(90) };
        // A runner who starts each rep a little slow and finishes fast, with a pod at an uneven ~2 Hz,
        // a dropout, a heart-rate strap and a lap and a pause typed mid-session.
        var runner = new Tests.Support.Runner().At(0, 3.9).At(300, 4.3).At(420, 3.6).At(700, 4.2).At(1100, 4.05);
        var pod = runner.Pod(0, 2200, 2).Where(n => n.At < S(500) || n.At > S(507))
            .Select((n, i) => n with { At = n.At + TimeSpan.FromTicks(i * 7919 % 900_000) });
        var hr = Tests.Support.Runner.HeartRate(0.3, 2200, t => 120 + (int)(t / 40) % 50);
        (double, CoachCommand)[] commands = [(700.25, CoachCommand.Pause), (712.75, CoachCommand.Resume), (1300.5, CoachCommand.Lap)];
        var (bytes, live) = Tests.Support.LiveRecording.Record(settings, pod.Concat(hr), commands, 2300);

        var read = TraceReader.Read(new MemoryStream(bytes));
        var replay = TraceReplay.Run(read.Trace!, read.Trace!.Header.Settings!.ToPlan(), read.Trace.Header.Settings.ToOptions());

        Assert.Contains(live, e => e is PhaseStarted { Phase: Phase.Done });
        Assert.Contains(live, e => e is SensorLost);
        Assert.Contains(live, e => e is OffPace);
        Assert.Equal(live, replay.Events);
        Assert.Equal(live.Select(CoachingEventJson.Serialize), read.Trace.Events.Select(CoachingEventJson.Serialize));
    }

    [Fact]
    public void RecordsWrittenFromManyThreadsStayWholeLines()
    {
        var stream = new MemoryStream();
        using (var w = new TraceWriter(stream, leaveOpen: true))
        {
            w.WriteHeader(new TraceHeader());
            Parallel.For(0, 2000, i => w.WriteNotification(new Notification(TimeSpan.FromMilliseconds(i), i % 2 == 0 ? "pod" : "hr", GattIds.HeartRateMeasurement, new byte[] { 0, (byte)i })));
        }

        var read = TraceReader.Read(new MemoryStream(stream.ToArray()));

        Assert.Empty(read.Warnings);
        Assert.Equal(2000, read.Trace!.Records.Count);
    }
}
