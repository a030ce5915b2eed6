using Microsoft.Extensions.Time.Testing;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Tests.Sessions;

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
