using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Gatt;

namespace PaceLink.Bluetooth.Tests.Sensors;

public sealed class SensorLocationsTests
{
    [Theory]
    [InlineData(GattIds.BodySensorLocation, 1, "chest")]
    [InlineData(GattIds.BodySensorLocation, 2, "wrist")]
    [InlineData(GattIds.SensorLocation, 2, "in shoe")]
    [InlineData(GattIds.SensorLocation, 3, "hip")]
    [InlineData(GattIds.SensorLocation, 200, "unknown (200)")]
    public void LocationsReadAsWords(ushort characteristic, byte value, string expected) =>
        Assert.Equal(expected, SensorLocations.Describe(characteristic, value));
}
