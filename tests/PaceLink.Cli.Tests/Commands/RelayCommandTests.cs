using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Core.Recording;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>`pacelink relay` and `run --relay`: usage, the errors a user meets, and a relay to the fake BlueZ's watch.</summary>
public sealed class RelayCommandTests : IAsyncLifetime
{
    private readonly TempFolder _config = new("relay-cli");
    private PrivateBus _bus = null!;
    private FakeBlueZ? _fake;

    public async Task InitializeAsync() => _bus = await PrivateBus.StartAsync();

    public async Task DisposeAsync()
    {
        if (_fake is not null) await _fake.DisposeAsync();
        await _bus.DisposeAsync();
        _config.Dispose();
    }

    private Task<(int Exit, string Out, string Error)> Relay(params string[] args) =>
        CliRun.RunAsync(["relay", .. args, "--bus", _bus.Address, "--config-dir", _config.Path]);

    /// <summary>The fake BlueZ with a pod and a strap, both paired through `pacelink pair`.</summary>
    private async Task<FakeBlueZ> PairedAsync(FakeAdapterOptions? adapter = null, bool strap = true)
    {
        _fake = await FakeBlueZ.StartAsync(_bus.Address, devices: [FakeDevices.FootPod(), FakeDevices.HeartStrap()], adapter: adapter);
        _fake.MakeKnown(FakeDevices.PodAddress);
        _fake.MakeKnown(FakeDevices.StrapAddress);
        foreach (var (address, kind) in strap ? new[] { (FakeDevices.PodAddress, "footpod"), (FakeDevices.StrapAddress, "hr") } : [(FakeDevices.PodAddress, "footpod")])
        {
            var paired = await CliRun.RunAsync(["pair", address, "--as", kind, "--bus", _bus.Address, "--config-dir", _config.Path]);
            Assert.True(paired.Exit == 0, paired.Error);
        }
        return _fake;
    }

    [Fact]
    public async Task HelpShowsTheUsage()
    {
        var (code, output, _) = await CliRun.RunAsync(["relay", "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("\"PaceLink Pod\" and \"PaceLink HR\"", output);
        foreach (var option in new[] { "--adapter", "--sensors-adapter", "--calibration", "--pod", "--hr", "--from", "--trace", "--bus", "--config-dir" })
            Assert.Contains(option, output);
    }

    [Fact]
    public async Task NothingPairedIsSaidWithTheWayToPair()
    {
        _fake = await FakeBlueZ.StartAsync(_bus.Address);

        var (code, _, error) = await Relay();

        Assert.Equal(1, code);
        Assert.Contains("No sensor to relay is paired", error);
        Assert.Contains("pacelink pair ADDRESS --as footpod", error);
    }

    [Fact]
    public async Task APodAskedForButNotPairedIsSaid()
    {
        await File.WriteAllTextAsync(_config.File("sensors.json"),
            $$"""{"sensors":[{"id":"hr","kind":"hr","name":"Strap","address":"{{FakeDevices.StrapAddress}}"}]}""");

        var (code, _, error) = await Relay("--pod");

        Assert.Equal(1, code);
        Assert.Contains("no foot pod is paired to relay", error);
    }

    [Theory]
    [InlineData("--calibration", "fast", "--calibration must be a number above zero")]
    [InlineData("--calibration", "-1", "--calibration must be a number above zero")]
    [InlineData("--from", "bike", "--from must be pod or treadmill")]
    [InlineData("--adapter", "usb0", "--adapter must name an adapter like hci1")]
    [InlineData("--sensors-adapter", "hci", "--sensors-adapter must name an adapter like hci0")]
    public async Task BadOptionsGetASentence(string option, string value, string expected)
    {
        var (code, _, error) = await Relay(option, value);

        Assert.Equal(1, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task AnAdapterWithoutLePeripheralSupportIsSaid()
    {
        await PairedAsync(new FakeAdapterOptions { Advertising = false });

        var (code, _, error) = await Relay();

        Assert.Equal(1, code);
        Assert.Contains("The adapter hci0 cannot advertise as an LE peripheral (BlueZ offers no LEAdvertisingManager1 on it)", error);
    }

    [Fact]
    public async Task ABlueZTooOldForAdvertisingIsSaid()
    {
        await PairedAsync(new FakeAdapterOptions { AdvertisingTooOld = true });

        var (code, _, error) = await Relay();

        Assert.Equal(1, code);
        Assert.Contains("This BlueZ is too old for advertising", error);
    }

    [Fact]
    public async Task AnotherRelayAlreadyRegisteredIsSaid()
    {
        var fake = await PairedAsync();
        fake.RefuseNextRegistration("org.bluez.Error.AlreadyExists", "Already Exists");

        var (code, _, error) = await Relay();

        Assert.Equal(1, code);
        Assert.Contains("BlueZ already has a PaceLink relay or emulator registered on hci0", error);
    }

    [Fact]
    public async Task NoFreeAdvertisementSlotIsSaid()
    {
        await PairedAsync(new FakeAdapterOptions { AdvertisementSlots = 1 });

        var (code, _, error) = await Relay();

        Assert.Equal(1, code);
        Assert.Contains("hci0 has no free advertisement slot", error);
    }

    [Fact]
    public async Task AnAdapterThatCannotDoBothRolesIsSaidWithTheSecondAdapterWayOut()
    {
        await PairedAsync(new FakeAdapterOptions { Roles = ["central", "peripheral"] });

        var (code, _, error) = await Relay();

        Assert.Equal(1, code);
        Assert.Contains("cannot be central (to the pod and strap) and peripheral (to the watch) at once", error);
        Assert.Contains("--adapter hci1", error);
    }

    [Fact]
    public async Task ASecondAdapterThatDoesNotExistIsSaid()
    {
        await PairedAsync();

        var (code, _, error) = await Relay("--adapter", "hci1");

        Assert.Equal(1, code);
        Assert.Contains("No Bluetooth adapter named hci1 found", error);
    }

    [Fact]
    public async Task TheRelaySendsThePodOnCalibratedUntilStoppedAndRecordsBothSides()
    {
        var fake = await PairedAsync(strap: false);
        var trace = _config.File("relay.jsonl");
        using var stop = new CancellationTokenSource();
        var running = CliRun.RunAsync(["relay", "--calibration", "0.5", "--trace", trace, "--bus", _bus.Address, "--config-dir", _config.Path], stop.Token);
        using var watch = fake.Watch();
        await Eventually.TrueAsync(() => fake.Advertisements.Count == 1 && fake.IsNotifying(FakeDevices.PodAddress, GattIds.RscMeasurement), "the relay is up and the pod connected");
        await watch.SubscribeAsync(GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement);

        Assert.True(fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, new RscMeasurement(4, 180, null, 100, true).ToArray()));
        await Eventually.TrueAsync(() => watch.Received(GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement).Count == 1, "the watch got the relayed pod");
        stop.Cancel();
        var (code, output, error) = await running;

        Assert.True(code == 0, error);
        Assert.Contains($"relaying \"PaceLink Pod\" on hci0 from PaceLink Pod ({FakeDevices.PodAddress}), calibration 0.500 (--calibration)", output);
        Assert.Contains("relayed 1 pod and 0 heart-rate values; total distance 0.000 km", output);
        Assert.True(RscMeasurement.TryParse(watch.Received(GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement)[0], out var sent));
        Assert.Equal((2.0, 0.0), (sent.SpeedMetresPerSecond, sent.TotalDistanceMetres!.Value));
        Assert.Empty(fake.Advertisements); // withdrawn on the way out
        using var file = File.OpenRead(trace);
        var read = TraceReader.Read(file);
        Assert.True(read.Ok, read.Error);
        Assert.Single(read.Trace!.Records.OfType<NotifyRecord>());
        Assert.Equal(watch.Received(GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement)[0], Assert.Single(read.Trace.Records.OfType<RelayedRecord>()).Payload.ToArray());
    }

    [Fact]
    public async Task RunRelayNeedsRealSensors()
    {
        var (code, _, error) = await CliRun.RunAsync(["run", "--simulate", "--relay", "--speed", "1000"]);

        Assert.Equal(1, code);
        Assert.Contains("--relay relays real sensors to a watch; it does not go with --simulate", error);
    }

    [Fact]
    public async Task RunRelayAdapterGoesWithRelay()
    {
        var (code, _, error) = await CliRun.RunAsync(["run", "--simulate", "--relay-adapter", "hci1"]);

        Assert.Equal(1, code);
        Assert.Contains("--relay-adapter goes with --relay", error);
    }
}
