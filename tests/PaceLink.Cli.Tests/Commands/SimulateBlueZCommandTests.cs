using PaceLink.Cli;
using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>simulate-bluez checks its sensor rates before it touches any bus.</summary>
public class SimulateBlueZCommandTests
{
    private const string NoBus = "unix:path=/nonexistent/pacelink-test-bus";

    [Theory]
    [InlineData("--pod-hz", "8", "--pod-hz must be between 1 and 4, not 8")]
    [InlineData("--hr-hz", "0.5", "--hr-hz must be between 1 and 4, not 0.5")]
    public void ARateRealSensorsCannotSendIsRefusedWithTheRange(string option, string value, string message)
    {
        var (exit, _, error) = CliRun.Run("simulate-bluez", "--bus", NoBus, option, value);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {message}", error.Trim());
    }

    [Fact]
    public void AValidRateGoesOnToTheBusAndReportsWhyItCannotServe()
    {
        var (exit, _, error) = CliRun.Run("simulate-bluez", "--bus", NoBus, "--pod-hz", "4", "--hr-hz", "4");

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: cannot serve org.bluez on {NoBus}", error.Trim());
    }

    /// <summary>Without --bus it brings its own bus and prints the one line to paste; scan then finds the pod there.</summary>
    [Fact]
    public async Task WithoutABusItStartsItsOwnAndPrintsTheLineToExport()
    {
        var stdout = new LineWatcher("export DBUS_SYSTEM_BUS_ADDRESS=");
        using var stop = new CancellationTokenSource();
        var serving = Verbs.RunAsync(["simulate-bluez"], stdout, new StringWriter(), stop.Token);
        var line = await stdout.Seen.WaitAsync(TimeSpan.FromSeconds(30));
        var address = line["export DBUS_SYSTEM_BUS_ADDRESS=".Length..].Trim('\'');
        Assert.StartsWith("unix:path=", address);

        var scan = new StringWriter();
        Assert.Equal(0, await Verbs.RunAsync(["scan", "--timeout", "1s", "--bus", address], scan, new StringWriter()));
        Assert.Contains(PaceLink.Simulation.FakeBlueZ.FakeDevices.PodAddress, scan.ToString());

        await stop.CancelAsync();
        Assert.Equal(0, await serving);
    }

    /// <summary>Collects output and completes <see cref="Seen"/> with the first line that starts with a prefix.</summary>
    private sealed class LineWatcher(string prefix) : StringWriter
    {
        private readonly TaskCompletionSource<string> _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Seen => _seen.Task;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.StartsWith(prefix, StringComparison.Ordinal)) _seen.TrySetResult(value);
        }
    }
}
