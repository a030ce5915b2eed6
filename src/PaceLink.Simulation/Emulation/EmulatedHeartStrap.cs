using PaceLink.Bluetooth.BlueZ.Peripheral;
using PaceLink.Core.Gatt;

namespace PaceLink.Simulation.Emulation;

/// <summary>
/// The GATT side of a chest strap offered to real centrals: Heart Rate (0x180D) with Heart Rate
/// Measurement (0x2A37, notify) and Body Sensor Location (0x2A38, read: chest).
/// </summary>
public sealed class EmulatedHeartStrap(string name = "PaceLink HR")
{
    public PeripheralProfile Profile { get; } = new(name, GattIds.HeartRateService,
    [
        new(GattIds.HeartRateMeasurement, ["notify"]),
        new(GattIds.BodySensorLocation, ["read"], () => new BodySensorLocation(BodyLocation.Chest).ToArray()),
    ]);
}
