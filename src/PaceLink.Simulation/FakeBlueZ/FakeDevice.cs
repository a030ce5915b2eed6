using PaceLink.Core.Gatt;

namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>A characteristic the fake device offers: its 16-bit id, BlueZ flags and the value a read returns.</summary>
public sealed record FakeCharacteristic(ushort Id, IReadOnlyList<string> Flags, byte[] Value);

/// <summary>A primary GATT service of a fake device.</summary>
public sealed record FakeService(ushort Id, IReadOnlyList<FakeCharacteristic> Characteristics);

/// <summary>
/// A device the fake BlueZ can discover and connect to. <see cref="Advertised"/> lists the
/// service ids in its advertisement; <see cref="BatteryPercent"/> becomes org.bluez.Battery1.
/// </summary>
public sealed record FakeDevice(string Address, string Name, IReadOnlyList<ushort> Advertised, IReadOnlyList<FakeService> Services, byte? BatteryPercent, short Rssi);

/// <summary>The devices tests and demos use.</summary>
public static class FakeDevices
{
    public const string PodAddress = "C0:FF:EE:00:00:01";
    public const string StrapAddress = "C0:FF:EE:00:00:02";
    public const string SpeakerAddress = "C0:FF:EE:00:00:03";

    /// <summary>A foot pod: RSC 0x1814 with measurement (notify), feature (read: stride + distance supported) and location (read: in shoe).</summary>
    public static FakeDevice FootPod(string address = PodAddress, string name = "PaceLink Pod") => new(address, name, [GattIds.RunningSpeedAndCadenceService],
    [
        new FakeService(GattIds.RunningSpeedAndCadenceService,
        [
            new FakeCharacteristic(GattIds.RscMeasurement, ["notify"], []),
            new FakeCharacteristic(GattIds.RscFeature, ["read"], [0x03, 0x00]),
            new FakeCharacteristic(GattIds.SensorLocation, ["read"], [0x02]),
        ]),
    ], BatteryPercent: 87, Rssi: -58);

    /// <summary>A chest strap: HRS 0x180D with measurement (notify) and body sensor location (read: chest).</summary>
    public static FakeDevice HeartStrap(string address = StrapAddress, string name = "PaceLink Strap") => new(address, name, [GattIds.HeartRateService],
    [
        new FakeService(GattIds.HeartRateService,
        [
            new FakeCharacteristic(GattIds.HeartRateMeasurement, ["notify"], []),
            new FakeCharacteristic(GattIds.BodySensorLocation, ["read"], [0x01]),
        ]),
    ], BatteryPercent: 64, Rssi: -66);

    /// <summary>A device that is not a running sensor (an audio sink): scans for sensors must leave it out.</summary>
    public static FakeDevice Speaker(string address = SpeakerAddress, string name = "Kitchen Speaker") =>
        new(address, name, [0x110B], [], BatteryPercent: null, Rssi: -40);
}
