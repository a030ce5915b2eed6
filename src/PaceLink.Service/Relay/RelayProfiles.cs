using PaceLink.Bluetooth.BlueZ.Peripheral;
using PaceLink.Core.Gatt;
using PaceLink.Core.Relay;

namespace PaceLink.Service.Relay;

/// <summary>
/// The GATT services a relay offers, in one application: the foot pod (RSC 0x1814: measurement
/// 0x2A53 notify, feature 0x2A54 and sensor location 0x2A5D read) with its battery (0x180F,
/// found after connecting, not advertised), and the strap (0x180D: measurement 0x2A37 notify,
/// body sensor location 0x2A38 read), each advertised under its own name.
/// </summary>
internal static class RelayProfiles
{
    public static IReadOnlyList<PeripheralProfile> For(RelaySetup setup, Func<byte[]> battery)
    {
        var options = setup.Options;
        var profiles = new List<PeripheralProfile>();
        if (options.Pod)
        {
            profiles.Add(new PeripheralProfile(setup.PodName, GattIds.RunningSpeedAndCadenceService,
            [
                new(GattIds.RscMeasurement, ["notify"]),
                new(GattIds.RscFeature, ["read"], () => RelayFeatures.Feature(options.FromTreadmill).ToArray()),
                new(GattIds.SensorLocation, ["read"], () => RelayFeatures.Location(options.FromTreadmill).ToArray()),
            ]));
            profiles.Add(new PeripheralProfile(setup.PodName, GattIds.BatteryService, [new(GattIds.BatteryLevel, ["read", "notify"], battery)]) { Advertised = false });
        }
        if (options.HeartRate)
            profiles.Add(new PeripheralProfile(setup.HeartRateName, GattIds.HeartRateService,
            [
                new(GattIds.HeartRateMeasurement, ["notify"]),
                new(GattIds.BodySensorLocation, ["read"], () => new BodySensorLocation(BodyLocation.Chest).ToArray()),
            ]));
        return profiles;
    }
}
