using PaceLink.Cli.Commands;
using PaceLink.Core.Gatt;
using PaceLink.Core.Recording;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>`pacelink emulate` end to end on the fake BlueZ: a watch subscribes, the runner runs the workout, the emulator's own session is recorded.</summary>
public sealed class EmulatorOverFakeBlueZTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new("emulate-cli");
    private PrivateBus _bus = null!;
    private FakeBlueZ? _fake;

    public async Task InitializeAsync() => _bus = await PrivateBus.StartAsync();

    public async Task DisposeAsync()
    {
        if (_fake is not null) await _fake.DisposeAsync();
        await _bus.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task AWatchSubscribingStartsTheRunnerWhoRunsTheWorkoutToItsEndAndTheSessionIsRecorded()
    {
        _fake = await FakeBlueZ.StartAsync(_bus.Address);
        var workout = _folder.File("short.yaml");
        File.WriteAllText(workout, "target_pace: \"4:00\"\nsteps:\n  - phase: warmup\n    time: 20s\n  - phase: rep\n    distance: 200\n  - phase: rest\n    time: 20s\n  - phase: rep\n    distance: 200\n  - phase: cooldown\n    time: 20s\n");
        var trace = _folder.File("emulated.jsonl");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var root = new System.CommandLine.RootCommand { EmulateCommand.Build(new CliOutput(TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr)), new StringReader("")) };
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var emulating = root.Parse(["emulate", "footpod", "--bus", _bus.Address, "--speed", "50", "--seed", "4", "--workout", workout, "--trace", trace])
            .InvokeAsync(cancellationToken: bounded.Token);
        // "ready" comes once the emulator listens for subscriptions, which is after BlueZ has the application.
        await Eventually(() => stdout.ToString().Contains("ready \"PaceLink Pod\"", StringComparison.Ordinal) || emulating.IsCompleted, "the pod is offered");
        Assert.False(emulating.IsCompleted, stderr.ToString());
        using var watch = _fake.Watch();
        await watch.SubscribeAsync(GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement);
        var exit = await emulating.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var summary = stdout.ToString().Split('\n').Single(l => l.StartsWith("summary ", StringComparison.Ordinal));
        Assert.Equal($"summary completed reps 2 notifications {Recorded(trace).Notifications.Count()} trace {trace}", summary);
        Assert.Equal(2, stdout.ToString().Split('\n').Count(l => l.StartsWith("truth set 1 rep ", StringComparison.Ordinal)));
        Assert.NotEmpty(watch.Received(GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement));
    }

    private static TraceContents Recorded(string path)
    {
        using var stream = File.OpenRead(path);
        var read = TraceReader.Read(stream);
        Assert.True(read.Ok, read.Error);
        return read.Trace!;
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("timed out waiting until " + what);
            await poll.WaitForNextTickAsync();
        }
    }
}
