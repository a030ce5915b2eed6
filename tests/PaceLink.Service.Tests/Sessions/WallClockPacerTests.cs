using Microsoft.Extensions.Time.Testing;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

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

    /// <summary>
    /// Work due less than a wall millisecond past where the wall clock puts the session (the
    /// engine's predicted rep end falls on any tick; at speed 1000 a wall millisecond is a second
    /// of the session) is waited for, not spun on. Task.Delay counts whole milliseconds and
    /// returns at once for less, so the pacer looped without awaiting until the wall clock moved:
    /// on a fake clock that only a test moves, a thread-pool thread spinning until the test's
    /// pump gets a thread of its own.
    /// </summary>
    [Theory]
    [InlineData(20, 3)]
    [InlineData(20, 10)]
    [InlineData(10, 4)]
    [InlineData(1000, 5_000_000)]
    [InlineData(2.5, 1)]
    public async Task WorkDueAFewTicksAfterAWakeUpIsWaitedForNotSpunOn(double speed, long ticksPast)
    {
        var wall = new WatchedWall();
        var clock = new SessionClock(wall.GetUtcNow());
        var due = TimeSpan.FromSeconds(1) + TimeSpan.FromTicks(ticksPast);
        var ran = false;
        clock.Schedule(0, due, (_, _) =>
        {
            ran = true;
            return System.Reactive.Disposables.Disposable.Empty;
        });
        var run = new WallClockPacer(speed, wall).RunAsync(clock, () => ran, CancellationToken.None);
        await wall.StepUntilAsync(() => ran, TimeSpan.FromMilliseconds(10));
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(wall.Spun, "the pacer looped without waiting while the wall clock stood still");
        Assert.True(clock.Elapsed >= due);
    }

    /// <summary>A command posted while the wall clock stands still runs at once, at the current instant, without a spin.</summary>
    [Fact]
    public async Task WorkPostedWhileTheWallClockStandsStillRunsWithoutASpin()
    {
        var wall = new WatchedWall();
        var clock = new SessionClock(wall.GetUtcNow());
        TimeSpan? ranAt = null;
        var run = new WallClockPacer(20, wall).RunAsync(clock, () => ranAt is not null, CancellationToken.None);
        // A first wake-up moves the session to where the wall clock puts it; then the pacer waits again.
        wall.Advance(WallClockPacer.Tick);
        await Eventually.TrueAsync(() => wall.Waiting > 0 && clock.Elapsed > TimeSpan.Zero, timeout: TimeSpan.FromSeconds(10), what: "the pacer to wait on the wall clock");
        clock.Post(() => ranAt = clock.Elapsed);
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(wall.Spun, "the pacer looped without waiting while the wall clock stood still");
        Assert.Equal(clock.Elapsed, ranAt);
    }

    /// <summary>
    /// A fake wall clock that sees a pacer spin: it knows how many of its timers are pending (a
    /// pacer that waits has one) and counts the reads between two advances. Past
    /// <see cref="SpinReads"/> reads it notes the spin and lets its clock creep a tick, so the
    /// test fails instead of hanging.
    /// </summary>
    private sealed class WatchedWall : FakeTimeProvider
    {
        private const int SpinReads = 200_000;
        private long _reads;
        private long _creep;
        private int _waiting;

        public bool Spun { get; private set; }

        /// <summary>Timers created and neither fired nor disposed yet.</summary>
        public int Waiting => Volatile.Read(ref _waiting);

        public override long GetTimestamp()
        {
            if (Interlocked.Increment(ref _reads) > SpinReads)
            {
                Spun = true;
                Interlocked.Increment(ref _creep);
            }
            return base.GetTimestamp() + Interlocked.Read(ref _creep);
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _waiting);
            var done = 0;
            void Done()
            {
                if (Interlocked.Exchange(ref done, 1) == 0) Interlocked.Decrement(ref _waiting);
            }
            return new Watched(base.CreateTimer(s =>
            {
                Done();
                callback(s);
            }, state, dueTime, period), Done);
        }

        public new void Advance(TimeSpan delta)
        {
            Interlocked.Exchange(ref _reads, 0);
            base.Advance(delta);
        }

        /// <summary>Moves the clock a step whenever the pacer waits on it, until <paramref name="done"/> (bounded in real time).</summary>
        public async Task StepUntilAsync(Func<bool> done, TimeSpan step)
        {
            for (var i = 0; i < 10_000 && !done() && !Spun; i++)
            {
                await Eventually.TrueAsync(() => done() || Spun || Waiting > 0, timeout: TimeSpan.FromSeconds(10), what: "the pacer to wait on the wall clock");
                if (done() || Spun) return;
                Advance(step);
            }
        }

        private sealed class Watched(ITimer inner, Action done) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

            public void Dispose()
            {
                done();
                inner.Dispose();
            }

            public ValueTask DisposeAsync()
            {
                done();
                return inner.DisposeAsync();
            }
        }
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
