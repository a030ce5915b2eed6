using System.Reactive.Disposables;
using PaceLink.Core.Engine;

namespace PaceLink.Core.Tests.Engine;

public class SensorWatchTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void ASensorIsKnownFromItsFirstNotificationAndListedInTheOrderFirstHeard()
    {
        var watch = new SensorWatch(S(3));
        foreach (var (id, at) in new[] { ("hr", 0.5), ("pod", 1.0), ("hr", 1.5), ("pod", 2.0), ("pod", 2.5) })
        {
            Assert.False(watch.Notified(id, out var sensor));
            watch.Heard(sensor, S(at));
        }
        watch.Malformed("pod");

        Assert.Equal(
            [new SensorHealth("hr", false, S(1.5), 2, 0), new SensorHealth("pod", false, S(2.5), 3, 1)],
            watch.Healths());
    }

    [Fact]
    public void SilenceLosesASensorOnceAndItsNextNotificationRestoresIt()
    {
        var watch = new SensorWatch(S(3));
        watch.Notified("pod", out var pod);
        watch.Heard(pod, S(40));

        Assert.True(SensorWatch.Silent(pod));
        Assert.False(SensorWatch.Silent(pod));
        Assert.Equal(new SensorHealth("pod", true, S(40), 1, 0), watch.Healths().Single());
        Assert.True(watch.Notified("pod", out var again));
        Assert.Same(pod, again);
        Assert.False(again.Lost);
    }

    [Fact]
    public void HearingASensorCancelsItsSilenceTimerAndSaysWhenTheNextIsDue()
    {
        var watch = new SensorWatch(S(3));
        var cancelled = 0;
        watch.Notified("pod", out var pod);
        pod.Silence = Disposable.Create(() => cancelled++);

        Assert.Equal(S(13), watch.Heard(pod, S(10)));
        Assert.Equal(1, cancelled);
    }

    [Fact]
    public void CancelStopsEverySensorsSilenceTimer()
    {
        var watch = new SensorWatch(S(3));
        var cancelled = new List<string>();
        foreach (var id in new[] { "pod", "hr" })
        {
            watch.Notified(id, out var sensor);
            sensor.Silence = Disposable.Create(() => cancelled.Add(id));
        }
        watch.Cancel();

        Assert.Equal(["pod", "hr"], cancelled);
    }
}
