using PaceLink.Core.Coaching;
using PaceLink.Core.Review;

namespace PaceLink.Core.Tests.Review;

public class TimelineRowTests
{
    [Fact]
    public void ThereIsOneRowPerSecondWithThePhaseAndTheSensors()
    {
        var script = new ScriptedSession().Warmup(20, 3).Rep(1, 1, 4, 170).Rest(1, 1, 30);
        var review = SessionAnalyzer.Analyze(script.ToInput());

        var rows = review.Timeline;
        Assert.Equal(Enumerable.Range(0, 151), rows.Select(r => r.Second));
        Assert.Equal((Phase.Warmup, 0, 0), (rows[19].Phase, rows[19].Set, rows[19].Rep));
        Assert.Equal((Phase.Rep, 1, 1), (rows[20].Phase, rows[20].Set, rows[20].Rep));
        Assert.Equal((Phase.Rest, 1, 1), (rows[120].Phase, rows[120].Set, rows[120].Rep));
        Assert.Equal(4, rows[50].SpeedMetresPerSecond!.Value, 2);
        Assert.Equal(250, rows[50].PaceSecondsPerKm!.Value, 0);
        Assert.Equal(script.Distance(50), rows[50].DistanceMetres, 1);
        Assert.Equal(script.SentHeartRate(50), rows[50].HeartRate);
        Assert.Null(rows[130].PaceSecondsPerKm);
    }

    [Fact]
    public void ASilentSensorLeavesItsColumnsEmpty()
    {
        var samples = new SessionSamples([new PodSample(TimeSpan.Zero, 4, 180, null, null)], [new HeartSample(TimeSpan.Zero, 150)]);
        var rows = TimelineRow.PerSecond(samples, [], DistanceSeries.From(samples.Pod), TimeSpan.FromSeconds(10));

        Assert.Equal(4, rows[3].SpeedMetresPerSecond);
        Assert.Null(rows[4].SpeedMetresPerSecond);
        Assert.Null(rows[4].HeartRate);
    }
}
