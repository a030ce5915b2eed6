using System.Reactive.Concurrency;
using System.Reactive.Linq;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Tests.Sessions;

public class SessionClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public void TimersFireAtTheirVirtualTimesOnlyWhenTheClockIsAdvanced()
    {
        var clock = new SessionClock(Start);
        var fired = new List<TimeSpan>();
        using var ticks = Observable.Interval(TimeSpan.FromSeconds(1), clock).Subscribe(_ => fired.Add(clock.Elapsed));
        Assert.Empty(fired);
        clock.AdvanceTo(TimeSpan.FromSeconds(3.5));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], fired);
    }

    [Fact]
    public void APostedActionRunsAtTheInstantItWasPosted()
    {
        var clock = new SessionClock(Start);
        clock.AdvanceTo(TimeSpan.FromSeconds(12));
        TimeSpan? ranAt = null;
        clock.Post(() => ranAt = clock.Elapsed);
        Assert.Null(ranAt);
        clock.AdvanceTo(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromSeconds(12), ranAt);
    }

    [Fact]
    public void ClockNeverGoesBackwards()
    {
        var clock = new SessionClock(Start);
        clock.AdvanceTo(TimeSpan.FromSeconds(5));
        clock.AdvanceTo(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(5), clock.Elapsed);
    }

    [Fact]
    public void RecursiveSchedulingComesBackThroughTheClock()
    {
        var clock = new SessionClock(Start);
        var seen = new List<IScheduler>();
        clock.Schedule(TimeSpan.FromSeconds(1), self =>
        {
            seen.Add(clock);
            if (seen.Count < 3) self(TimeSpan.FromSeconds(1));
        });
        clock.AdvanceTo(TimeSpan.FromSeconds(10));
        Assert.Equal(3, seen.Count);
    }
}
