using PaceLink.Simulation.FakeBlueZ;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.BlueZ.Peripheral;
using PaceLink.Core.Gatt;
using PaceLink.Simulation.Emulation;

namespace PaceLink.Bluetooth.Tests.BlueZ.Peripheral;

public sealed class BlueZPeripheralTests : IAsyncLifetime
{
    private const string Measurement = "/org/pacelink/peripheral/service0/char0";
    private const string Feature = "/org/pacelink/peripheral/service0/char1";
    private const string ControlPoint = "/org/pacelink/peripheral/service0/char2";
    private PrivateBus _bus = null!;
    private BluetoothdStub _bluetoothd = null!;
    private BlueZPeripheral _pod = null!;

    public async Task InitializeAsync()
    {
        _bus = await PrivateBus.StartAsync();
        _bluetoothd = await BluetoothdStub.StartAsync(_bus.Address);
        _pod = await BlueZPeripheral.StartAsync(new EmulatedFootPod().Profile, new BlueZOptions { BusAddress = _bus.Address, AdapterName = "hci1" });
    }

    public async Task DisposeAsync()
    {
        await _pod.DisposeAsync();
        await _bluetoothd.DisposeAsync();
        await _bus.DisposeAsync();
    }

    [Fact]
    public async Task RegistersTheRscApplicationAndAnAdvertisementOnTheChosenAdapter()
    {
        Assert.Equal(["RegisterApplication /org/pacelink/peripheral", "RegisterAdvertisement /org/pacelink/peripheral/advertisement0"], _bluetoothd.Calls);
        await Eventually.TrueAsync(() => _bluetoothd.RegisteredCharacteristics.Count == 4, "bluetoothd has read the application back");
        Assert.Equal(
        [
            "00002a53-0000-1000-8000-00805f9b34fb notify",
            "00002a54-0000-1000-8000-00805f9b34fb read",
            "00002a55-0000-1000-8000-00805f9b34fb write,indicate",
            "00002a5d-0000-1000-8000-00805f9b34fb read",
        ], _bluetoothd.RegisteredCharacteristics);
        Assert.Equal("/org/bluez/hci1", _pod.Adapter);
    }

    [Fact]
    public async Task MeasurementsReachOnlyASubscribedCentral()
    {
        byte[] payload = [0x02, 0x00, 0x02, 0xB4, 0x10, 0x00, 0x00, 0x00];
        Assert.False(_pod.Notify(GattIds.RscMeasurement, payload));

        await _bluetoothd.StartNotifyAsync(Measurement);
        await Eventually.TrueAsync(() => _pod.IsSubscribed(GattIds.RscMeasurement), "the central has subscribed");
        Assert.True(_pod.Notify(GattIds.RscMeasurement, payload));

        await Eventually.TrueAsync(() => _bluetoothd.Values.Any(v => v.Path == Measurement), "the value has been announced");
        Assert.Equal(payload, _bluetoothd.Values.First(v => v.Path == Measurement).Value);
    }

    [Fact]
    public async Task FeatureReadSaysStrideDistanceStatusCalibrationAndLocations()
    {
        var value = await _bluetoothd.ReadValueAsync(Feature);

        Assert.True(RscFeature.TryParse(value, out var feature));
        Assert.Equal(new RscFeature(true, true, true, true, true), feature);
    }

    [Fact]
    public async Task ControlPointAnswersSupportedLocationsByIndication()
    {
        await _bluetoothd.StartNotifyAsync(ControlPoint);
        await Eventually.TrueAsync(() => _pod.IsSubscribed(GattIds.ScControlPoint), "indications are on");

        await _bluetoothd.WriteValueAsync(ControlPoint, ScControlPoint.RequestSupportedSensorLocations());

        await Eventually.TrueAsync(() => _bluetoothd.Values.Any(v => v.Path == ControlPoint), "the response has been indicated");
        Assert.True(ScControlPointResponse.TryParse(_bluetoothd.Values.First(v => v.Path == ControlPoint).Value, out var response));
        Assert.Equal(ScResponseValue.Success, response.ResponseValue);
        Assert.Equal([SensorPlace.TopOfShoe, SensorPlace.InShoe, SensorPlace.Hip],
            Enumerable.Range(0, response.SupportedLocationCount).Select(response.SupportedLocationAt));
    }

    [Fact]
    public async Task SwitchingOffWithdrawsTheAdvertisementAndSwitchingOnAdvertisesAgainWithTheSameApplication()
    {
        await _pod.TurnOffAsync();
        Assert.False(_pod.IsOn);
        await _pod.TurnOnAsync();

        Assert.True(_pod.IsOn);
        Assert.Equal(
        [
            "RegisterApplication /org/pacelink/peripheral", "RegisterAdvertisement /org/pacelink/peripheral/advertisement0",
            "UnregisterAdvertisement /org/pacelink/peripheral/advertisement0",
            "RegisterAdvertisement /org/pacelink/peripheral/advertisement0",
        ], _bluetoothd.Calls);
    }

    [Fact]
    public async Task RegistersAgainByItselfWhenBluetoothdRestarts()
    {
        await _bluetoothd.RestartAsync();

        await Eventually.TrueAsync(() => _bluetoothd.Calls.Count(c => c.StartsWith("RegisterAdvertisement", StringComparison.Ordinal)) == 2,
            "the peripheral has registered again");
        await Eventually.TrueAsync(() => _pod.IsOn, "the peripheral counts itself on");
    }

    [Fact]
    public async Task CodeAfterSwitchingOnMayBlockWithoutStallingCallsFromBluetoothd()
    {
        using var subscribed = new ManualResetEventSlim();
        _pod.SubscriptionChanged += (_, on) => { if (on) subscribed.Set(); };
        await _pod.TurnOffAsync();
        await _pod.TurnOnAsync();

        // What the emulator does next: wait, blocking, for its next command line. Had the await
        // resumed on the bus's receive loop, bluetoothd's StartNotify could not get through.
        var start = _bluetoothd.StartNotifyAsync(Measurement);
        var heard = subscribed.Wait(TimeSpan.FromSeconds(10));

        Assert.True(heard, "StartNotify reached the peripheral while its caller was blocked");
        await start;
    }
}
