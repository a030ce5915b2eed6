using PaceLink.Core.Gatt;
using PaceLink.Simulation.Sensors;
using PaceLink.Simulation.Tests.Support;

namespace PaceLink.Simulation.Tests.Sensors;

public class SimulatedHeartStrapTests
{
    private static PerfectCoach Coached(HeartStrapOptions strap)
    {
        var coach = new PerfectCoach(new SimulationOptions { Seed = 9, HeartStrap = strap });
        coach.Coach(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(60));
        return coach;
    }

    private static List<(TimeSpan At, HeartRateMeasurement Value)> Decoded(PerfectCoach coach) =>
        coach.Received.Where(n => n.Sensor == "hr").Select(n =>
        {
            Assert.Equal(GattIds.HeartRateMeasurement, n.Characteristic);
            Assert.True(HeartRateMeasurement.TryParse(n.Payload, out var m));
            return (n.At, m);
        }).ToList();

    [Fact]
    public void StrapSendsHeartRateOnceASecondWithContact()
    {
        var coach = Coached(new HeartStrapOptions());
        var hr = Decoded(coach);
        Assert.InRange(hr.Count, coach.Now.TotalSeconds - 2, coach.Now.TotalSeconds + 1);
        Assert.All(hr, h => Assert.Equal(SensorContact.Detected, h.Value.Contact));
        Assert.Contains(hr, h => h.Value.BeatsPerMinute > 150);
    }

    [Fact]
    public void RrIntervalsAddUpToTheTimeBetweenNotifications()
    {
        var hr = Decoded(Coached(new HeartStrapOptions()));
        var rrSum = hr.Sum(h => h.Value.RrIntervals.Sum());
        var span = (hr[^1].At - hr[0].At).TotalSeconds;
        Assert.InRange(rrSum, span - 2, span + 2);
        // Each interval matches the heart rate sent with it.
        foreach (var (_, value) in hr.Where(h => h.Value.RrIntervals.Count > 0))
            Assert.InRange(60 / value.RrIntervals[^1], value.BeatsPerMinute * 0.9, value.BeatsPerMinute * 1.1);
    }

    [Fact]
    public void WithoutRrTheStrapSendsHeartRateOnly()
    {
        var hr = Decoded(Coached(new HeartStrapOptions { SendsRrIntervals = false }));
        Assert.All(hr, h => Assert.Empty(h.Value.RrIntervals));
    }

    [Fact]
    public void FourHertzStrapSendsFourTimesASecond()
    {
        var coach = Coached(new HeartStrapOptions { Hz = 4 });
        Assert.InRange(Decoded(coach).Count, coach.Now.TotalSeconds * 4 - 2, coach.Now.TotalSeconds * 4 + 1);
    }
}
