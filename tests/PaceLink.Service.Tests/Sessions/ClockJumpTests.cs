using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Coaching;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

/// <summary>
/// The live path runs on the session clock, which the pacer moves by the machine's monotonic
/// timestamp. Stepping the wall clock (NTP, daylight saving) must change neither a countdown nor a split.
/// </summary>
public class ClockJumpTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs the short session paced at 100x by a wall clock stepped at the given wall instants.</summary>
    private static async Task<(IReadOnlyList<string> Events, IReadOnlyList<RepCompleted> Reps)> RunPaced(params (int AtStep, TimeSpan By)[] jumps)
    {
        var monotonic = new FakeTimeProvider(SimulatedSessionHarness.Start);
        var wall = new JumpingWallClock(monotonic);
        using var harness = new SimulatedSessionHarness();
        harness.Session.Start();
        var run = new WallClockPacer(100, wall).RunAsync(harness.Clock, () => harness.Session.IsEnded, CancellationToken.None);
        for (var i = 0; i < 20_000 && !run.IsCompleted; i++)
        {
            foreach (var jump in jumps) if (jump.AtStep == i) wall.Offset += jump.By;
            monotonic.Advance(Step);
            await Task.Yield();
        }
        await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(harness.Session.IsEnded);
        return (SimulatedSessionHarness.AsJson(harness.Sink.Events), harness.Sink.Events.OfType<RepCompleted>().ToList());
    }

    [Fact]
    public async Task WallClockStepsChangeNeitherCountdownsNorSplits()
    {
        var steady = await RunPaced();
        var stepped = await RunPaced(
            (100, TimeSpan.FromHours(1)),     // spring forward
            (900, -TimeSpan.FromHours(1)),    // fall back
            (1500, TimeSpan.FromMinutes(-3)), // NTP pulls a fast clock back
            (2500, TimeSpan.FromDays(365)));  // someone sets the year

        Assert.Equal(8, steady.Reps.Count);
        Assert.Contains(steady.Events, e => e.Contains("countdown", StringComparison.Ordinal));
        Assert.Equal(steady.Events, stepped.Events);
        Assert.Equal(steady.Reps.Select(r => r.SplitSeconds), stepped.Reps.Select(r => r.SplitSeconds));
    }
}
