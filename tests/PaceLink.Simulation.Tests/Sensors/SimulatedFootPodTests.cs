using PaceLink.Core.Gatt;
using PaceLink.Simulation.Sensors;
using PaceLink.Simulation.Tests.Support;

namespace PaceLink.Simulation.Tests.Sensors;

public class SimulatedFootPodTests
{
    private static PerfectCoach Coached(FootPodOptions pod, int seed = 3)
    {
        var coach = new PerfectCoach(new SimulationOptions { Seed = seed, FootPod = pod });
        coach.Coach(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(45));
        return coach;
    }

    private static List<(TimeSpan At, RscMeasurement Value)> Decoded(PerfectCoach coach) =>
        coach.Received.Where(n => n.Sensor == "pod").Select(n =>
        {
            Assert.Equal(GattIds.RscMeasurement, n.Characteristic);
            Assert.True(RscMeasurement.TryParse(n.Payload.Span, out var m));
            return (n.At, m);
        }).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void PodSendsDecodablePayloadsAtItsRate(double hz)
    {
        var coach = Coached(new FootPodOptions { Hz = hz });
        var pod = Decoded(coach);
        var expected = coach.Now.TotalSeconds * hz;
        Assert.InRange(pod.Count, expected - 2, expected + 1);
    }

    [Fact]
    public void ArrivalsAreWholeMillisecondsInOrderAndLateByTheLinkLatency()
    {
        var coach = Coached(new FootPodOptions { Hz = 2 });
        var pod = coach.Received.Where(n => n.Sensor == "pod").ToList();
        Assert.All(pod, n => Assert.Equal(0, n.At.Ticks % TimeSpan.TicksPerMillisecond));
        for (var i = 1; i < pod.Count; i++) Assert.True(pod[i].At >= pod[i - 1].At);
        // Measurements are 0.5 s apart; arrivals wander by the jitter (default up to 40 ms).
        var gaps = pod.Zip(pod.Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds).ToList();
        Assert.All(gaps, g => Assert.InRange(g, 455, 545));
        Assert.Contains(gaps, g => g != 500);
    }

    [Fact]
    public void WithoutTotalDistanceThePodSendsSpeedOnly()
    {
        var pod = Decoded(Coached(new FootPodOptions { SendsTotalDistance = false, SendsStrideLength = false }));
        Assert.All(pod, p => Assert.Null(p.Value.TotalDistanceMetres));
        Assert.All(pod, p => Assert.Null(p.Value.StrideLengthMetres));
        Assert.Contains(pod, p => p.Value.SpeedMetresPerSecond > 4);
    }

    [Fact]
    public void PodDistanceAdvancesPerStepAndNeverAheadOfTheRunner()
    {
        var coach = Coached(new FootPodOptions { StrideNoise = 0, Hz = 4 });
        foreach (var (at, value) in Decoded(coach))
        {
            // Measured 30-70 ms before arrival; at most one stride (about 1.4 m at rep pace) behind.
            var earliest = coach.Run.Truth.DistanceAt(at - TimeSpan.FromMilliseconds(70));
            var latest = coach.Run.Truth.DistanceAt(at - TimeSpan.FromMilliseconds(30));
            Assert.InRange(value.TotalDistanceMetres!.Value, earliest - 1.6, latest + 0.05);
        }
    }

    [Fact]
    public void APodThatReadsFourPercentLongOverstatesDistanceAndSpeed()
    {
        var coach = Coached(new FootPodOptions { CalibrationError = 0.04 });
        var last = Decoded(coach)[^1];
        var truth = coach.Run.Truth.DistanceAt(last.At);
        Assert.InRange(last.Value.TotalDistanceMetres!.Value / truth, 1.035, 1.045);
    }

    [Fact]
    public void TotalDistanceWrapsAroundThe32BitCounter()
    {
        var coach = Coached(new FootPodOptions { TotalDistanceAtStartMetres = 429_496_729.5 - 100 });
        var totals = Decoded(coach).Select(p => p.Value.TotalDistanceMetres!.Value).ToList();
        Assert.Contains(totals, t => t > 429_496_000);
        Assert.True(totals[^1] < 2000, $"last total {totals[^1]}");
    }

    [Fact]
    public void ADropoutSilencesThePodButItKeepsCounting()
    {
        var silence = new Dropout(TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(8));
        var coach = Coached(new FootPodOptions { Link = new LinkOptions { Dropouts = [silence] } });
        var pod = Decoded(coach);
        Assert.DoesNotContain(pod, p => p.At > silence.Start + TimeSpan.FromMilliseconds(100) && p.At < silence.Start + silence.Length);
        var before = pod.Last(p => p.At < silence.Start);
        var after = pod.First(p => p.At > silence.Start + silence.Length);
        var ran = coach.Run.Truth.DistanceAt(after.At) - coach.Run.Truth.DistanceAt(before.At);
        Assert.InRange(after.Value.TotalDistanceMetres!.Value - before.Value.TotalDistanceMetres!.Value, ran - 3, ran + 3);
        Assert.True(ran > 25);
    }

    [Fact]
    public void StandingStillReadsZeroSpeedAndCadence()
    {
        var coach = Coached(new FootPodOptions());
        var rest = coach.Run.Truth.Rests[0];
        var standing = Decoded(coach).Where(p => p.At > rest.StartAt + TimeSpan.FromSeconds(20) && p.At < rest.EndAt - TimeSpan.FromSeconds(2)).ToList();
        Assert.NotEmpty(standing);
        Assert.All(standing, p => Assert.Equal(0, p.Value.SpeedMetresPerSecond));
        Assert.All(standing, p => Assert.Equal(0, p.Value.CadencePerMinute));
    }
}
