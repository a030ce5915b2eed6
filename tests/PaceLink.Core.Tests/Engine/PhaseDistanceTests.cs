using PaceLink.Core.Engine;
using PaceLink.Core.Estimation;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Engine;

public class PhaseDistanceTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static RscMeasurement Total(double speed, double metres) => new(speed, 180, null, metres, true);

    // No lag compensation: the pod's distance is exactly its last total plus its speed carried forward.
    private static FootPodDistance Pod() => new(1.0, S(3), lagCompensation: false);

    [Fact]
    public void WhatThePodCountsWhilePausedIsNotPartOfThePhase()
    {
        var pod = Pod();
        var clock = new PhaseClock(new CoachingOptions());
        var distance = new PhaseDistance(pod, clock);
        pod.Add(S(0), Total(4, 1000));
        clock.Restart(S(0));
        distance.Restart(S(0));

        distance.Hold(S(10));
        clock.Pause(S(10));
        pod.Add(S(20), Total(4, 1080)); // 80 m walked about while paused
        Assert.Equal(40, distance.At(S(25)), 9);
        clock.Resume(S(30));

        Assert.Equal(40, distance.Release(S(30)), 9);
        Assert.Equal(80, distance.At(S(40)), 9);
    }

    [Fact]
    public void APhaseThatBeganInADropoutStartsWhereTheDistanceOfTheGapSpreadSteadilyPutsIt()
    {
        var pod = Pod();
        var clock = new PhaseClock(new CoachingOptions());
        var distance = new PhaseDistance(pod, clock);
        pod.Add(S(100), Total(4, 1000));
        // the rep starts at 110 s with the pod silent since 100 s: 40 m carried forward
        clock.Restart(S(110));
        distance.Restart(S(110));
        var committed = pod.Committed;
        pod.Add(S(120), Total(2, 1020)); // back: only 20 m in the 20 s gap (the runner slowed)

        Assert.True(distance.SettleGap(S(100), committed, S(120)));
        Assert.Equal(10, distance.At(S(120)), 9);
    }

    [Fact]
    public void AGapIsNotSettledForAPhaseThatBeganBeforeItOrWasPaused()
    {
        var pod = Pod();
        var clock = new PhaseClock(new CoachingOptions());
        var distance = new PhaseDistance(pod, clock);
        pod.Add(S(100), Total(4, 1000));
        clock.Restart(S(90));
        distance.Restart(S(90));

        Assert.False(distance.SettleGap(S(100), 1000, S(120)));

        clock.Restart(S(110));
        clock.Pause(S(111));
        clock.Resume(S(112));
        Assert.False(distance.SettleGap(S(100), 1000, S(120)));
    }
}
