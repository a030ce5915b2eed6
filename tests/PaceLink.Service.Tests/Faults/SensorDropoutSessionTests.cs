using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;
using PaceLink.Simulation;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Service.Tests.Faults;

/// <summary>
/// Radio faults in a whole simulated live session on virtual time: the pod or the strap (or both)
/// goes silent for 10 s, 60 s or for good. The session goes on, the sensor alerts come at the right
/// times, and the trace holds every notification that arrived and replays to the live events.
/// </summary>
public class SensorDropoutSessionTests
{
    // The first rep runs from about 60 s to 156 s in the short 10k (1 min warm-up, 4:00/km).
    private static readonly TimeSpan MidRep = TimeSpan.FromSeconds(100);

    private static SimulationOptions With(Dropout? pod = null, Dropout? strap = null)
    {
        var o = new SimulationOptions { Seed = 21 };
        return o with
        {
            FootPod = o.FootPod with { Link = o.FootPod.Link with { Dropouts = pod is { } p ? [p] : [] } },
            HeartStrap = o.HeartStrap with { Link = o.HeartStrap.Link with { Dropouts = strap is { } s ? [s] : [] } },
        };
    }

    private static (SessionSummary Summary, IReadOnlyList<CoachingEvent> Events, TraceContents Trace) Run(SimulationOptions options)
    {
        using var harness = new SimulatedSessionHarness(simulation: options);
        var summary = harness.RunToEnd();
        var trace = harness.ReadTrace();
        Assert.Equal(summary.Notifications, trace.Records.OfType<NotifyRecord>().LongCount());
        var settings = trace.Header.Settings!;
        var replay = TraceReplay.Run(trace, settings.ToPlan(), settings.ToOptions());
        Assert.Equal(SimulatedSessionHarness.AsJson(harness.Sink.Events), SimulatedSessionHarness.AsJson(replay.Events));
        return (summary, harness.Sink.Events.ToList(), trace);
    }

    private static IReadOnlyList<(string, string, double)> Alerts(IEnumerable<CoachingEvent> events) =>
        [.. events.Select(e => e switch
        {
            SensorLost l => ("lost", l.Sensor, l.At.TotalSeconds),
            SensorRestored r => ("restored", r.Sensor, r.At.TotalSeconds),
            _ => ("", "", 0.0),
        }).Where(a => a.Item1 != "")];

    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    public void APodSilentMidRepIsLostAfterThreeSecondsRestoredWhenBackAndEveryRepIsStillTimed(int seconds)
    {
        var (summary, events, _) = Run(With(pod: new Dropout(MidRep, TimeSpan.FromSeconds(seconds))));

        var alerts = Alerts(events);
        Assert.Equal(2, alerts.Count);
        Assert.Equal(("lost", "pod"), (alerts[0].Item1, alerts[0].Item2));
        Assert.InRange(alerts[0].Item3, 102, 104.2); // last reading before 100 s, plus the 3 s timeout
        Assert.Equal(("restored", "pod"), (alerts[1].Item1, alerts[1].Item2));
        Assert.InRange(alerts[1].Item3, 100 + seconds, 100 + seconds + 1.2);
        Assert.True(summary.Completed);
        Assert.Equal(8, summary.Reps.Count);
        Assert.All(summary.Reps, r => Assert.InRange(r.SplitSeconds, 85, 110));
    }

    [Fact]
    public void APodGoneForGoodIsLostOnceAndTheSessionStillRunsToItsEnd()
    {
        var (summary, events, _) = Run(With(pod: new Dropout(MidRep, TimeSpan.FromHours(3))));

        Assert.Equal([("lost", "pod", Alerts(events)[0].Item3)], Alerts(events));
        Assert.True(summary.Completed, "the session should end on its own");
        Assert.Equal(Phase.Done, events.OfType<PhaseStarted>().Last().Phase);
    }

    [Fact]
    public void AStrapDropLeavesThePaceCoachingExactlyAsItWas()
    {
        var steady = Run(With());
        var (summary, events, _) = Run(With(strap: new Dropout(MidRep, TimeSpan.FromSeconds(30))));

        Assert.Equal([("lost", "hr"), ("restored", "hr")], Alerts(events).Select(a => (a.Item1, a.Item2)));
        Assert.Equal(steady.Summary.Reps.Select(r => r.SplitSeconds), summary.Reps.Select(r => r.SplitSeconds));
    }

    [Fact]
    public void BothSensorsDroppingTogetherAreBothLostAndBothRestored()
    {
        var gap = new Dropout(MidRep, TimeSpan.FromSeconds(20));

        var (summary, events, _) = Run(With(pod: gap, strap: gap));

        var alerts = Alerts(events);
        Assert.Equal(["hr", "pod"], alerts.Where(a => a.Item1 == "lost").Select(a => a.Item2).Order());
        Assert.Equal(["hr", "pod"], alerts.Where(a => a.Item1 == "restored").Select(a => a.Item2).Order());
        Assert.True(summary.Completed);
        Assert.Equal(8, summary.Reps.Count);
    }
}
