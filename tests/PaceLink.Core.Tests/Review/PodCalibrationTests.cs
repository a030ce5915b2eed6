using PaceLink.Core.Coaching;
using PaceLink.Core.Review;

namespace PaceLink.Core.Tests.Review;

public class PodCalibrationTests
{
    private static ScriptedSession TrackSession(double podFactor, bool totalDistance = true) =>
        new ScriptedSession { PodFactor = podFactor, SendsTotalDistance = totalDistance }
            .Warmup(60, 3)
            .Set(1, speed: 4.2, peakHeartRate: 170, setRestSeconds: 180)
            .Set(2, speed: 4.1, peakHeartRate: 172, setRestSeconds: null)
            .Cooldown(60, 2.5);

    /// <summary>What an uncalibrated engine does with a long pod: it ends each rep when the pod says 400 m.</summary>
    private static IReadOnlyList<CoachingEvent> EarlyCues(IReadOnlyList<CoachingEvent> events, double podFactor)
    {
        var result = new List<CoachingEvent>();
        PhaseStarted? repStart = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case PhaseStarted { Phase: Phase.Rep } p:
                    repStart = p;
                    result.Add(p);
                    break;
                case RepCompleted r when repStart is not null:
                    var early = r.SplitSeconds / podFactor;
                    result.Add(r with { At = repStart.At + TimeSpan.FromSeconds(early), SplitSeconds = early, DistanceMetres = 400 });
                    break;
                case PhaseStarted { Phase: Phase.Rest or Phase.SetRest } p when repStart is not null:
                    var cue = result.OfType<RepCompleted>().Last().At;
                    result.Add(p with { At = cue });
                    break;
                default:
                    result.Add(e);
                    break;
            }
        }
        return result;
    }

    [Fact]
    public void APodFourPercentLongIsCalibratedWithinOnePercentFromTheSlowDownAlone()
    {
        var script = TrackSession(1.04);
        var input = script.ToInput() with { Events = EarlyCues(script.Events(), 1.04) };

        var result = PodCalibration.Estimate(input, lapMetres: 400);

        Assert.Equal(8, result.Reps.Count);
        Assert.InRange(result.Factor, 1 / 1.04 * 0.99, 1 / 1.04 * 1.01);
        Assert.Equal("medium", result.Confidence); // no lap presses: the slow-down is not precise enough for "high"
    }

    [Fact]
    public void APodThreePercentShortWithoutTotalDistanceIsCalibratedFromItsSpeed()
    {
        var script = TrackSession(0.97, totalDistance: false);

        var result = PodCalibration.Estimate(script.ToInput(), lapMetres: 400);

        Assert.InRange(result.Factor, 1 / 0.97 * 0.99, 1 / 0.97 * 1.01);
    }

    [Fact]
    public void LapsPressedAtTheLineAreTrustedOverTheStop()
    {
        var script = TrackSession(1.0);
        var laps = script.Events().OfType<RepCompleted>().Select(r => r.At - TimeSpan.FromSeconds(1)).ToList();

        var result = PodCalibration.Estimate(script.ToInput(), lapMetres: 400, laps);

        Assert.All(result.Reps, r => Assert.True(r.MarkedByLap));
        // Each lap was pressed one second (about 4.1 m) before the line, so the pod measured short.
        Assert.All(result.Reps, r => Assert.InRange(r.PodMetres, 393, 397));
    }

    [Fact]
    public void RepsThatDisagreeLowerTheConfidence()
    {
        var script = TrackSession(1.0);
        var laps = script.Events().OfType<RepCompleted>().Select((r, i) => r.At - TimeSpan.FromSeconds(i % 2 == 0 ? 0 : 3)).ToList();

        var result = PodCalibration.Estimate(script.ToInput(), lapMetres: 400, laps);

        Assert.True(result.SpreadPercent > 1.5);
        Assert.Equal("low", result.Confidence);
    }

    [Fact]
    public void ASessionWithoutRepsHasNoCalibration()
    {
        var script = new ScriptedSession().Warmup(60, 3);

        var result = PodCalibration.Estimate(script.ToInput());

        Assert.Empty(result.Reps);
        Assert.Equal("none", result.Confidence);
        Assert.True(double.IsNaN(result.Factor));
    }
}
