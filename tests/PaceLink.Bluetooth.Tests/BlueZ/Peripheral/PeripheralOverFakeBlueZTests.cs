using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.BlueZ.Peripheral;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.BlueZ.Peripheral;

/// <summary>The peripheral against the fake BlueZ's GattManager1 and LEAdvertisingManager1, read back by the fake's watch.</summary>
public sealed class PeripheralOverFakeBlueZTests : IAsyncLifetime
{
    private static readonly PeripheralProfile Pod = new("PaceLink Pod", GattIds.RunningSpeedAndCadenceService,
        [new(GattIds.RscMeasurement, ["notify"]), new(GattIds.RscFeature, ["read"], () => [0x07, 0x00])]);
    private static readonly PeripheralProfile Battery = new("PaceLink Pod", GattIds.BatteryService,
        [new(GattIds.BatteryLevel, ["read", "notify"], () => [87])]) { Advertised = false };
    private static readonly PeripheralProfile Strap = new("PaceLink HR", GattIds.HeartRateService,
        [new(GattIds.HeartRateMeasurement, ["notify"]), new(GattIds.BodySensorLocation, ["read"], () => [0x01])]);

    private PrivateBus _bus = null!;
    private FakeBlueZ? _fake;

    public async Task InitializeAsync() => _bus = await PrivateBus.StartAsync();

    public async Task DisposeAsync()
    {
        if (_fake is not null) await _fake.DisposeAsync();
        await _bus.DisposeAsync();
    }

    private async Task<FakeBlueZ> Fake(FakeAdapterOptions? adapter = null) => _fake = await FakeBlueZ.StartAsync(_bus.Address, adapter: adapter);

    private Task<BlueZPeripheral> Start(IReadOnlyList<PeripheralProfile> profiles, bool alongsideCentral = false) =>
        BlueZPeripheral.StartAsync(profiles, BlueZRig.Options(_bus.Address) with { AdapterName = "hci0" }, alongsideCentral: alongsideCentral);

    [Fact]
    public async Task SeveralServicesLiveInOneApplicationWithAnAdvertisementForEachNamedOne()
    {
        var fake = await Fake();
        await using var peripheral = await Start([Pod, Battery, Strap]);
        using var watch = fake.Watch();

        var found = await watch.CharacteristicsAsync();
        var advertised = await watch.AdvertisementsAsync();

        Assert.Single(fake.Applications);
        Assert.Equal(
        [
            (GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement), (GattIds.RunningSpeedAndCadenceService, GattIds.RscFeature),
            (GattIds.BatteryService, GattIds.BatteryLevel),
            (GattIds.HeartRateService, GattIds.HeartRateMeasurement), (GattIds.HeartRateService, GattIds.BodySensorLocation),
        ], found.Select(c => (c.Service, c.Uuid)).OrderBy(c => c.Service == GattIds.RunningSpeedAndCadenceService ? 0 : c.Service == GattIds.BatteryService ? 1 : 2).ThenBy(c => c.Uuid));
        Assert.Equal([("PaceLink Pod", GattIds.RunningSpeedAndCadenceService), ("PaceLink HR", GattIds.HeartRateService)],
            advertised.Select(a => (a.LocalName, Assert.Single(a.Services))).OrderByDescending(a => a.Item1 == "PaceLink Pod"));
        Assert.True(peripheral.IsOn);
    }

    [Fact]
    public async Task AWatchReadsAndIsNotifiedPerServiceAndCharacteristic()
    {
        var fake = await Fake();
        await using var peripheral = await Start([Pod, Battery, Strap]);
        using var watch = fake.Watch();
        await watch.SubscribeAsync(GattIds.HeartRateService, GattIds.HeartRateMeasurement);
        await Eventually.TrueAsync(() => peripheral.IsSubscribed(GattIds.HeartRateService, GattIds.HeartRateMeasurement), "the watch subscribed");

        Assert.False(peripheral.Notify(GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement, [0x00, 0x00, 0x04, 0xB4]));
        Assert.True(peripheral.Notify(GattIds.HeartRateService, GattIds.HeartRateMeasurement, [0x10, 0x98, 0x90, 0x01]));

        await Eventually.TrueAsync(() => watch.Received(GattIds.HeartRateService, GattIds.HeartRateMeasurement).Count == 1, "the value reached the watch");
        Assert.Equal([0x10, 0x98, 0x90, 0x01], watch.Received(GattIds.HeartRateService, GattIds.HeartRateMeasurement)[0]);
        Assert.Equal([87], await watch.ReadAsync(GattIds.BatteryService, GattIds.BatteryLevel));
    }

    [Fact]
    public async Task AnAdapterThatCannotAdvertiseIsNamed()
    {
        await Fake(new FakeAdapterOptions { Advertising = false });

        var e = await Assert.ThrowsAsync<PeripheralUnsupportedException>(() => Start([Pod]));

        Assert.Contains("hci0 cannot advertise as an LE peripheral", e.Message);
        Assert.Contains("LEAdvertisingManager1", e.Message);
    }

    [Fact]
    public async Task AnAdapterWithoutAGattServerIsNamed()
    {
        await Fake(new FakeAdapterOptions { GattServer = false });

        var e = await Assert.ThrowsAsync<PeripheralUnsupportedException>(() => Start([Pod]));

        Assert.Contains("hci0 has no GATT server", e.Message);
    }

    [Fact]
    public async Task ABlueZWithoutEitherManagerIsTooOld()
    {
        await Fake(new FakeAdapterOptions { GattServer = false, Advertising = false });

        var e = await Assert.ThrowsAsync<PeripheralUnsupportedException>(() => Start([Pod]));

        Assert.Contains("too old for advertising", e.Message);
    }

    [Fact]
    public async Task ABlueZThatDoesNotKnowRegisterAdvertisementIsTooOld()
    {
        var fake = await Fake(new FakeAdapterOptions { AdvertisingTooOld = true });

        var e = await Assert.ThrowsAsync<PeripheralUnsupportedException>(() => Start([Pod]));

        Assert.Contains("too old for advertising", e.Message);
        Assert.Empty(fake.Applications); // what was registered is taken back
    }

    [Fact]
    public async Task AnAdapterThatCannotBeBothCentralAndPeripheralIsRefusedWhenItMustBe()
    {
        await Fake(new FakeAdapterOptions { Roles = ["central", "peripheral"] });

        var e = await Assert.ThrowsAsync<PeripheralUnsupportedException>(() => Start([Pod], alongsideCentral: true));
        await using var alone = await Start([Pod]); // as the peripheral alone it is fine

        Assert.Contains("cannot be central (to the pod and strap) and peripheral (to the watch) at once", e.Message);
        Assert.Contains("Plug in a second Bluetooth LE adapter for the watch.", e.Message);
        // Which option names that adapter depends on the command (relay --adapter, run --relay-adapter): the caller says it.
        Assert.DoesNotContain("--", e.Message);
    }

    [Fact]
    public async Task AnAdapterWhoseRolesBlueZDoesNotListIsUsedWithAWord()
    {
        await Fake(new FakeAdapterOptions { Roles = null });
        var log = new List<string>();

        await using var peripheral = await BlueZPeripheral.StartAsync([Pod], BlueZRig.Options(_bus.Address) with { AdapterName = "hci0" }, line => { lock (log) log.Add(line); }, alongsideCentral: true);

        Assert.True(peripheral.IsOn);
        lock (log) Assert.Contains(log, l => l.Contains("does not say whether hci0 can be central", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASecondRelayFindsNoAdvertisementSlotLeft()
    {
        var fake = await Fake(new FakeAdapterOptions { AdvertisementSlots = 2 });
        await using var first = await Start([Pod, Battery, Strap]);

        var e = await Assert.ThrowsAsync<PeripheralBusyException>(() => Start([Pod, Battery, Strap]));

        Assert.Contains("no free advertisement slot", e.Message);
        Assert.Contains("Maximum advertisements reached", e.Message);
        Assert.Equal(2, fake.Advertisements.Count); // the first relay keeps its own
    }

    [Fact]
    public async Task AnApplicationBlueZAlreadyHasIsNamed()
    {
        var fake = await Fake();
        fake.RefuseNextRegistration("org.bluez.Error.AlreadyExists", "Already Exists");

        var e = await Assert.ThrowsAsync<PeripheralBusyException>(() => Start([Pod]));

        Assert.Contains("already has a PaceLink relay or emulator registered on hci0", e.Message);
    }

    [Fact]
    public async Task AStoppedPeripheralLeavesNoRegistrationBehind()
    {
        var fake = await Fake();
        var peripheral = await Start([Pod, Strap]);
        Assert.Equal(2, fake.Advertisements.Count);

        await peripheral.DisposeAsync();

        await Eventually.TrueAsync(() => fake.Applications.Count == 0 && fake.Advertisements.Count == 0, "bluetoothd dropped the registrations");
    }

    [Fact]
    public async Task AfterABluetoothdRestartEverythingIsRegisteredAgain()
    {
        var fake = await Fake();
        await using var peripheral = await Start([Pod, Battery, Strap]);

        fake.Vanish();
        await fake.ReappearAsync();

        await Eventually.TrueAsync(() => fake.Applications.Count == 1 && fake.Advertisements.Count == 2 && peripheral.IsOn, "registered again");
    }
}
