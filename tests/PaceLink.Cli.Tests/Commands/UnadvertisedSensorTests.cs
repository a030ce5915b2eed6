using PaceLink.Cli.Tests.Support;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>
/// Sensors that leave their service UUID out of the advertisement: `scan --all` still lists them,
/// and `pair` decides by the services the sensor offers once connected.
/// </summary>
public sealed class UnadvertisedSensorTests : IAsyncLifetime
{
    private const string QuietPodAddress = "C0:FF:EE:00:00:04";
    private readonly TempFolder _config = new("unadvertised-config");
    private PrivateBus _bus = null!;
    private FakeBlueZ _fake = null!;

    public async Task InitializeAsync()
    {
        _bus = await PrivateBus.StartAsync();
        var quietPod = FakeDevices.FootPod(QuietPodAddress, "Quiet Pod") with { Advertised = [] };
        _fake = await FakeBlueZ.StartAsync(_bus.Address, devices: [FakeDevices.FootPod(), quietPod, FakeDevices.Speaker()]);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _bus.DisposeAsync();
        _config.Dispose();
    }

    private Task<(int Exit, string Out, string Error)> Run(params string[] args) =>
        CliRun.RunAsync(args[0] is "pair" ? [.. args, "--config-dir", _config.Path] : args);

    [Fact]
    public async Task ScanAllListsEveryDeviceWithItsNameAlsoThoseWithoutASensorServiceInTheAdvertisement()
    {
        var (code, output, error) = await Run("scan", "--all", "--timeout", "1s", "--bus", _bus.Address);

        Assert.True(code == 0, error);
        Assert.Contains("Quiet Pod", output.Split('\n').Single(l => l.Contains(QuietPodAddress)));
        Assert.Contains("Kitchen Speaker", output.Split('\n').Single(l => l.Contains(FakeDevices.SpeakerAddress)));
        Assert.Contains("PaceLink Pod", output.Split('\n').Single(l => l.Contains(FakeDevices.PodAddress)));
        Assert.Contains("3 devices found", output);
    }

    [Fact]
    public async Task PlainScanStillListsOnlySensorsAndPointsAtScanAll()
    {
        var (code, output, _) = await Run("scan", "--timeout", "1s", "--bus", _bus.Address);

        Assert.Equal(0, code);
        Assert.DoesNotContain(QuietPodAddress, output);
        Assert.Contains("--all", output);
    }

    [Fact]
    public async Task PairAcceptsASensorThatOffersTheServiceWithoutAdvertisingIt()
    {
        var (code, output, error) = await Run("pair", QuietPodAddress, "--as", "footpod", "--bus", _bus.Address);

        Assert.True(code == 0, error);
        Assert.Contains($"Paired Quiet Pod ({QuietPodAddress}) as footpod", output);
    }

    [Fact]
    public async Task PairRefusesADeviceThatDoesNotOfferTheServiceOfTheKindAndSavesNothing()
    {
        var (code, _, error) = await Run("pair", FakeDevices.SpeakerAddress, "--as", "footpod", "--bus", _bus.Address);

        Assert.Equal(1, code);
        Assert.Contains("Running Speed and Cadence", error);
        Assert.False(File.Exists(_config.File("sensors.json")));
        Assert.False(_fake.IsTrusted(FakeDevices.SpeakerAddress));
    }
}
