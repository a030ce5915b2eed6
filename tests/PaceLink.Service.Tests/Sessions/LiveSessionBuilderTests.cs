using System.Reactive.Linq;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;
using PaceLink.Simulation;

namespace PaceLink.Service.Tests.Sessions;

/// <summary>The one assembly of a live session that `run`, `emulate` and the service share.</summary>
public sealed class LiveSessionBuilderTests : IDisposable
{
    private readonly TempFolder _folder = new("builder");
    private readonly FakeTimeProvider _wall = new(SimulatedSessionHarness.Start);

    /// <summary>Sensors that send nothing, as a radio opened on the builder's clock would be.</summary>
    private sealed class SilentSensors : INotificationSource
    {
        public IReadOnlyList<SensorInfo> Sensors { get; } = [new("pod", SensorKind.Rsc, "Stride", "AA:BB")];
        public IObservable<Notification> Notifications => Observable.Never<Notification>();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ASimulatedSessionStartsNowRecordsToANewSimulatedTraceAndRunsAtItsSpeed()
    {
        var builder = new LiveSessionBuilder(_wall);
        builder.Simulate(new SimulationOptions { Seed = 3 });

        using var run = builder.Build(new LiveSessionInputs { Settings = SimulatedSessionHarness.ShortTenK, Speed = 20, DataFolder = _folder.Path });

        Assert.True(builder.Simulated);
        Assert.Equal(_wall.GetUtcNow(), run.Clock.Start);
        Assert.Equal(20, run.Pacer.Speed);
        Assert.Equal(_folder.Path, Path.GetDirectoryName(run.TracePath));
        Assert.EndsWith("_10k-simulated.jsonl", run.TracePath);
    }

    [Fact]
    public void RealSensorsRunInRealTimeWhateverTheSpeedAndTheirTraceIsNotCalledSimulated()
    {
        var builder = new LiveSessionBuilder(_wall);
        builder.Use(new SilentSensors());

        using var run = builder.Build(new LiveSessionInputs { Settings = SimulatedSessionHarness.ShortTenK, Speed = 20, DataFolder = _folder.Path });

        Assert.False(builder.Simulated);
        Assert.Equal(1, run.Pacer.Speed);
        Assert.EndsWith("_10k.jsonl", run.TracePath);
    }

    [Fact]
    public void ANamedTraceIsUsedAsItIs()
    {
        var builder = new LiveSessionBuilder(_wall);
        builder.Simulate(new SimulationOptions { Seed = 3 });
        var named = _folder.File("mine.jsonl");

        using var run = builder.Build(new LiveSessionInputs { Settings = SimulatedSessionHarness.ShortTenK, TracePath = named, DataFolder = _folder.Path });

        Assert.Equal(named, run.TracePath);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(1001)]
    [InlineData(double.PositiveInfinity)]
    public void ASpeedOutsideATenthToAThousandIsRefused(double speed)
    {
        var builder = new LiveSessionBuilder(_wall);
        builder.Simulate(new SimulationOptions { Seed = 3 });

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() =>
            builder.Build(new LiveSessionInputs { Settings = SimulatedSessionHarness.ShortTenK, Speed = speed, DataFolder = _folder.Path }));

        Assert.Contains(LiveSessionBuilder.SpeedProblem("speed", speed)!, refused.Message);
        Assert.StartsWith("--speed must be between 0.1 and 1000, not ", LiveSessionBuilder.SpeedProblem("--speed", speed));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void ASessionNeedsItsSourceFirst()
    {
        var builder = new LiveSessionBuilder(_wall);

        Assert.Throws<InvalidOperationException>(() => builder.Build(new LiveSessionInputs { Settings = SimulatedSessionHarness.ShortTenK, DataFolder = _folder.Path }));
    }

    [Fact]
    public async Task TheSimulatedRunnerHearsTheCoachingAndRunsTheWorkoutToItsEnd()
    {
        var builder = new LiveSessionBuilder(_wall, _ => new WallClockPacer(double.PositiveInfinity, _wall));
        builder.Simulate(new SimulationOptions { Seed = 3 });
        var sink = new RecordingSink();
        using var run = builder.Build(new LiveSessionInputs { Settings = SimulatedSessionHarness.ShortTenK, DataFolder = _folder.Path, Sinks = [sink] });

        var summary = await run.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(summary.Completed);
        Assert.Equal(run.Session.Plan.Reps, summary.Reps.Count);
        Assert.True(File.Exists(run.TracePath));
    }

    [Fact]
    public async Task TheServiceRefusesTheSpeedsTheCommandLineRefuses()
    {
        var starter = new LiveSessionStarter(new PaceLinkOptions { DataFolder = _folder.Path }, _wall, NullLoggerFactory.Instance);

        var refused = await Assert.ThrowsAsync<SessionRequestException>(() =>
            starter.StartAsync(new SessionRequest(SimulatedSessionHarness.ShortTenK, Simulate: true, Speed: 0.05), [], CancellationToken.None));

        Assert.Equal("speed must be between 0.1 and 1000, not 0.05", refused.Message);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }
}
