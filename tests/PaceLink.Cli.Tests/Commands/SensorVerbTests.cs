using PaceLink.Cli.Tests.Support;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>scan, pair, sensors and forget against the fake BlueZ on a private bus, with a private configuration folder.</summary>
public sealed class SensorVerbTests : IAsyncLifetime
{
    private readonly TempFolder _config = new("sensor-config");
    private PrivateBus _bus = null!;
    private FakeBlueZ _fake = null!;

    public async Task InitializeAsync()
    {
        _bus = await PrivateBus.StartAsync();
        _fake = await FakeBlueZ.StartAsync(_bus.Address, devices: [FakeDevices.FootPod(), FakeDevices.HeartStrap(), FakeDevices.Speaker()]);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _bus.DisposeAsync();
        _config.Dispose();
    }

    /// <summary>Runs a verb with this test's own configuration folder (never the user's).</summary>
    private Task<(int Exit, string Out, string Error)> Run(params string[] args) =>
        CliRun.RunAsync(args[0] is "pair" or "sensors" or "forget" ? [.. args, "--config-dir", _config.Path] : args);

    [Fact]
    public async Task ScanListsThePodAndTheStrapWithSignalServicesAndBatteryButNotTheSpeaker()
    {
        var (code, output, _) = await Run("scan", "--timeout", "1s", "--bus", _bus.Address);

        Assert.Equal(0, code);
        var pod = output.Split('\n').Single(l => l.Contains(FakeDevices.PodAddress));
        Assert.Contains("PaceLink Pod", pod);
        Assert.Contains("-58 dBm", pod);
        Assert.Contains("Running Speed and Cadence", pod);
        Assert.Contains("battery 87%", pod);
        Assert.Contains(FakeDevices.StrapAddress, output);
        Assert.DoesNotContain(FakeDevices.SpeakerAddress, output);
        Assert.Contains("2 sensors found", output);
    }

    [Fact]
    public async Task PairRemembersTheSensorTrustsItInBlueZAndSensorsListsIt()
    {
        var (code, output, error) = await Run("pair", FakeDevices.PodAddress.ToLowerInvariant(), "--as", "footpod", "--bus", _bus.Address);
        var listed = await Run("sensors");

        Assert.True(code == 0, error);
        Assert.Contains($"Paired PaceLink Pod ({FakeDevices.PodAddress}) as footpod", output);
        Assert.True(_fake.IsTrusted(FakeDevices.PodAddress));
        Assert.Contains("\"kind\": \"rsc\"", await File.ReadAllTextAsync(_config.File("sensors.json")));
        Assert.Contains($"footpod   {FakeDevices.PodAddress}", listed.Out);
    }

    [Fact]
    public async Task ForgetRemovesAPairedSensorAndTakesBackItsTrust()
    {
        await Run("pair", FakeDevices.StrapAddress, "--as", "hr", "--bus", _bus.Address);

        var (code, output, _) = await Run("forget", FakeDevices.StrapAddress, "--bus", _bus.Address);
        var listed = await Run("sensors");

        Assert.Equal(0, code);
        Assert.Contains($"Forgot {FakeDevices.StrapAddress}", output);
        Assert.False(_fake.IsTrusted(FakeDevices.StrapAddress));
        Assert.Contains("No sensors paired", listed.Out);
    }

    [Theory]
    [InlineData("C0:FF:EE:00:01", "footpod", "is not a Bluetooth address")]
    [InlineData(FakeDevices.PodAddress, "bicycle", "is not a sensor kind")]
    public async Task PairRejectsBadInputWithASentence(string address, string kind, string expected)
    {
        var (code, _, error) = await Run("pair", address, "--as", kind, "--bus", _bus.Address);

        Assert.Equal(1, code);
        Assert.Contains(expected, error);
        Assert.False(File.Exists(_config.File("sensors.json")));
    }

    [Fact]
    public async Task ForgettingAnUnpairedAddressFails()
    {
        var (code, _, error) = await Run("forget", "11:22:33:44:55:66", "--bus", _bus.Address);

        Assert.Equal(1, code);
        Assert.Contains("no paired sensor has the address 11:22:33:44:55:66", error);
    }

    [Fact]
    public async Task ADamagedSensorFileIsReportedAndLeftAlone()
    {
        var file = _config.File("sensors.json");
        await File.WriteAllTextAsync(file, "{ not json");

        var (code, _, error) = await Run("sensors");

        Assert.Equal(1, code);
        Assert.Contains("is damaged", error);
        Assert.Equal("{ not json", await File.ReadAllTextAsync(file));
    }
}
