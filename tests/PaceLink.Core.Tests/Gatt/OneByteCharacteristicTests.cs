using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

/// <summary>Battery Level, Body Sensor Location and Sensor Location: one byte each, exactly.</summary>
public class OneByteCharacteristicTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(57)]
    [InlineData(100)]
    public void BatteryLevelReadsZeroToOneHundredPercent(byte percent)
    {
        Assert.True(BatteryLevel.TryParse(new[] { percent }, out var level));
        Assert.Equal(percent, level.Percent);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(255)]
    public void BatteryLevelAboveOneHundredIsReserved(byte percent)
    {
        Assert.False(BatteryLevel.TryParse(new[] { percent }, out _, out var error));
        Assert.Equal(GattErrorKind.ReservedValue, error.Kind);
        Assert.Equal($"0x2A19 battery level {percent} is a reserved value", error.Describe());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 50, 0 })]
    public void BatteryLevelOfTheWrongLengthIsInvalid(byte[] payload)
    {
        Assert.False(BatteryLevel.TryParse(payload, out _, out var error));
        Assert.Equal(GattErrorKind.WrongLength, error.Kind);
        Assert.Equal(payload.Length, error.Have);
    }

    [Theory]
    [InlineData(0, BodyLocation.Other)]
    [InlineData(1, BodyLocation.Chest)]
    [InlineData(2, BodyLocation.Wrist)]
    [InlineData(5, BodyLocation.EarLobe)]
    [InlineData(6, BodyLocation.Foot)]
    public void BodySensorLocationNamesTheDefinedPlaces(byte raw, BodyLocation expected)
    {
        Assert.True(BodySensorLocation.TryParse(new[] { raw }, out var location));
        Assert.Equal(expected, location.Location);
    }

    [Fact]
    public void BodySensorLocationAboveSixIsReserved()
    {
        Assert.False(BodySensorLocation.TryParse(new byte[] { 7 }, out _, out var error));
        Assert.Equal(GattErrorKind.ReservedValue, error.Kind);
        Assert.False(BodySensorLocation.TryParse(new byte[] { 1, 1 }, out _, out error));
        Assert.Equal(GattErrorKind.WrongLength, error.Kind);
    }

    [Theory]
    [InlineData(1, SensorPlace.TopOfShoe)]
    [InlineData(2, SensorPlace.InShoe)]
    [InlineData(3, SensorPlace.Hip)]
    [InlineData(14, SensorPlace.Chest)]
    [InlineData(16, SensorPlace.ChainRing)]
    public void SensorLocationNamesTheDefinedPlaces(byte raw, SensorPlace expected)
    {
        Assert.True(SensorLocation.TryParse(new[] { raw }, out var location));
        Assert.Equal(expected, location.Place);
        Assert.Equal(new[] { raw }, location.ToArray());
    }

    [Fact]
    public void SensorLocationAboveSixteenIsReserved()
    {
        Assert.False(SensorLocation.TryParse(new byte[] { 17 }, out _, out var error));
        Assert.Equal("0x2A5D sensor location 17 is a reserved value", error.Describe());
    }
}
