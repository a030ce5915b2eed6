using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

public class LiveSessionTests
{
    [Fact]
    public void ShortSimulatedSessionRunsToTheEndOnVirtualTime()
    {
        using var harness = new SimulatedSessionHarness();
        var summary = harness.RunToEnd();
        Assert.True(summary.Completed);
        Assert.Equal(8, summary.Reps.Count);
        Assert.All(summary.Reps, r => Assert.InRange(r.SplitSeconds, 90, 105));
        var last = Assert.IsType<PhaseStarted>(harness.Sink.Events[^1]);
        Assert.Equal(Phase.Done, last.Phase);
        Assert.Same(summary, harness.Sink.Ended);
        Assert.NotEmpty(harness.Sink.Snapshots);
    }

    [Fact]
    public void TraceHoldsTheHeaderEveryNotificationAndEveryEvent()
    {
        using var harness = new SimulatedSessionHarness();
        var summary = harness.RunToEnd();
        var trace = harness.ReadTrace();
        Assert.Equal(["pod", "hr"], trace.Header.Sensors.Select(s => s.Id));
        Assert.Equal(harness.Settings, trace.Header.Settings);
        Assert.Equal(summary.Notifications, trace.Records.OfType<NotifyRecord>().LongCount());
        Assert.Equal(SimulatedSessionHarness.AsJson(harness.Sink.Events), SimulatedSessionHarness.AsJson(trace.Events));
        Assert.Equal(summary.RecordsWritten, trace.Records.Count + 1);
    }

    [Fact]
    public void ReplayingTheTraceYieldsExactlyTheLiveEvents()
    {
        using var harness = new SimulatedSessionHarness();
        harness.RunToEnd();
        var trace = harness.ReadTrace();
        var settings = trace.Header.Settings!;
        var replay = TraceReplay.Run(trace, settings.ToPlan(), settings.ToOptions());
        Assert.True(harness.Sink.Events.Count > 60);
        Assert.Equal(SimulatedSessionHarness.AsJson(harness.Sink.Events), SimulatedSessionHarness.AsJson(replay.Events));
    }

    [Fact]
    public void AFailingSinkIsLoggedAndTheOthersHearEverything()
    {
        using var harness = new SimulatedSessionHarness(sinks: new BrokenSink());
        var summary = harness.RunToEnd();
        Assert.True(summary.Completed);
        Assert.Equal(harness.Sink.Events.Count + 1, summary.SinkFailures["broken"]);
        Assert.Equal(8, harness.Sink.Events.OfType<RepCompleted>().Count());
    }

    [Fact]
    public async Task StopEndsTheSessionEarlyAndTheReplayStillMatches()
    {
        using var harness = new SimulatedSessionHarness();
        harness.Session.Start();
        harness.RunUntil(TimeSpan.FromMinutes(4));
        harness.Session.Stop();
        harness.RunUntil(TimeSpan.FromMinutes(5));
        Assert.True(harness.Session.IsEnded);
        var summary = await harness.Session.Completion;
        Assert.False(summary.Completed);
        var trace = harness.ReadTrace();
        var stop = Assert.Single(trace.Commands);
        Assert.Equal(CoachCommand.Stop, stop.Command);
        var settings = trace.Header.Settings!;
        var replay = TraceReplay.Run(trace, settings.ToPlan(), settings.ToOptions());
        Assert.Equal(SimulatedSessionHarness.AsJson(harness.Sink.Events), SimulatedSessionHarness.AsJson(replay.Events));
    }

    [Fact]
    public void DisposingMidSessionClosesTheTraceWithWhatWasRecorded()
    {
        using var harness = new SimulatedSessionHarness();
        harness.Session.Start();
        harness.RunUntil(TimeSpan.FromMinutes(2));
        harness.Session.Dispose();
        Assert.True(harness.Session.IsEnded);
        var trace = harness.ReadTrace();
        Assert.True(trace.Records.OfType<NotifyRecord>().Count() > 200);
        Assert.True(trace.Duration >= TimeSpan.FromSeconds(119));
    }

    [Fact]
    public void AnUnwritableTracePathStillCoachesTheSession()
    {
        using var harness = new SimulatedSessionHarness();
        // A file where the folder should be: the trace cannot be created.
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetDirectoryName(harness.TracePath))!);
        File.WriteAllText(Path.GetDirectoryName(harness.TracePath)!, "not a folder");
        var summary = harness.RunToEnd();
        Assert.Null(summary.TracePath);
        Assert.Equal(8, summary.Reps.Count);
        File.Delete(Path.GetDirectoryName(harness.TracePath)!);
    }
}
