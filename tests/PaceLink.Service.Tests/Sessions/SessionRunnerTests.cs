using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

public class SessionRunnerTests
{
    private static WallClockPacer Unpaced => new(double.PositiveInfinity, TimeProvider.System);

    [Fact]
    public async Task RunsTheSessionToItsEnd()
    {
        using var harness = new SimulatedSessionHarness();
        var summary = await SessionRunner.RunAsync(harness.Session, harness.Clock, Unpaced, CancellationToken.None);
        Assert.True(summary.Completed);
        Assert.Equal(8, summary.Reps.Count);
    }

    [Fact]
    public async Task CancellationStopsTheWorkoutCleanly()
    {
        using var harness = new SimulatedSessionHarness();
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        var summary = await SessionRunner.RunAsync(harness.Session, harness.Clock, Unpaced, stop.Token);
        Assert.False(summary.Completed);
        Assert.Equal(CoachCommand.Stop, Assert.Single(harness.ReadTrace().Commands).Command);
        var done = Assert.IsType<PhaseStarted>(harness.Sink.Events[^1]);
        Assert.Equal(Phase.Done, done.Phase);
    }
}
