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

public class WallClockPacerTests
{
    [Fact]
    public async Task TenTimesSpeedNeverRunsAheadOfTenTimesTheWallClock()
    {
        var wall = new FakeTimeProvider();
        var clock = new SessionClock(wall.GetUtcNow());
        var started = wall.GetUtcNow();
        var maxRatioExceeded = false;
        var run = new WallClockPacer(10, wall).RunAsync(clock, () => clock.Elapsed >= TimeSpan.FromSeconds(10), CancellationToken.None);
        for (var i = 0; i < 100_000 && !run.IsCompleted; i++)
        {
            wall.Advance(TimeSpan.FromMilliseconds(5));
            if (clock.Elapsed > (wall.GetUtcNow() - started) * 10) maxRatioExceeded = true;
            await Task.Yield();
        }
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(maxRatioExceeded);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(10));
        Assert.True(wall.GetUtcNow() - started >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task InfiniteSpeedRunsWithoutTheWallClockMoving()
    {
        var wall = new FakeTimeProvider();
        var clock = new SessionClock(wall.GetUtcNow());
        await new WallClockPacer(double.PositiveInfinity, wall)
            .RunAsync(clock, () => clock.Elapsed >= TimeSpan.FromMinutes(45), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(clock.Elapsed >= TimeSpan.FromMinutes(45));
        Assert.Equal(wall.Start, wall.GetUtcNow());
    }

    [Fact]
    public async Task CancellationEndsThePacingQuietly()
    {
        var wall = new FakeTimeProvider();
        var clock = new SessionClock(wall.GetUtcNow());
        using var stop = new CancellationTokenSource();
        var run = new WallClockPacer(1, wall).RunAsync(clock, () => false, stop.Token);
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(run.IsCompletedSuccessfully);
    }

    [Fact]
    public void ZeroSpeedIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WallClockPacer(0, TimeProvider.System));
    }
}
