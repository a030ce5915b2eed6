using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

public class RscMeasurementTests
{
    [Fact]
    public void ReadsSpeedAndCadenceWhenNoOptionalFieldIsFlagged()
    {
        byte[] payload =
        [
            0x00,       // flags: nothing optional, walking
            0x80, 0x03, // speed 0x0380 = 896/256 = 3.5 m/s
            0xB4,       // cadence 180 per minute
        ];
        Assert.True(RscMeasurement.TryParse(payload, out var m));
        Assert.Equal(new RscMeasurement(3.5, 180, null, null, false), m);
    }

    [Fact]
    public void ReadsStrideLengthTotalDistanceAndTheRunningBit()
    {
        byte[] payload =
        [
            0x07,                   // flags: stride present, distance present, running
            0x00, 0x04,             // speed 1024/256 = 4.0 m/s
            0x5A,                   // cadence 90 (a pod that counts strides)
            0x8C, 0x00,             // stride 140/100 = 1.40 m
            0x39, 0x30, 0x00, 0x00, // total distance 12345/10 = 1234.5 m
        ];
        Assert.True(RscMeasurement.TryParse(payload, out var m));
        Assert.Equal(new RscMeasurement(4.0, 90, 1.4, 1234.5, true), m);
        Assert.Equal(12345u, m.TotalDistanceRaw);
    }

    [Theory]
    [InlineData(new byte[] { 0x02, 0x00, 0x04, 0xB4, 0x00, 0x00, 0x00, 0x80 /* 0x80000000 */ }, 0x80000000u)]
    [InlineData(new byte[] { 0x02, 0x00, 0x04, 0xB4, 0xFF, 0xFF, 0xFF, 0xFF /* the last value before it wraps */ }, 0xFFFFFFFFu)]
    public void TotalDistanceIsUnsignedAllTheWayUp(byte[] payload, uint raw)
    {
        Assert.True(RscMeasurement.TryParse(payload, out var m));
        Assert.Equal(raw / 10.0, m.TotalDistanceMetres);
        Assert.Equal(raw, m.TotalDistanceRaw);
    }

    [Fact]
    public void DistanceCutShortIsInvalidAndSaysHowManyBytesAreMissing()
    {
        byte[] payload = [0x03 /* stride + distance */, 0x00, 0x04, 0xB4, 0x8C, 0x00 /* stride; no distance */];
        Assert.False(RscMeasurement.TryParse(payload, out _, out var error));
        Assert.Equal("0x2A53 flags say total distance is present, but the payload has 6 of the 10 bytes that requires", error.Describe());
    }

    [Fact]
    public void ReservedFlagBitsAndTrailingBytesAreIgnored()
    {
        byte[] payload = [0xF8 /* reserved bits 3-7 only */, 0x00, 0x03, 0xAA, 0x01, 0x02 /* trailing */];
        Assert.True(RscMeasurement.TryParse(payload, out var m));
        Assert.Equal(new RscMeasurement(3.0, 170, null, null, false), m);
    }

    [Fact]
    public void EncodesTheSameBytesASensorSends()
    {
        var m = new RscMeasurement(4.0, 90, 1.4, 1234.5, true);
        Assert.Equal(new byte[] { 0x07, 0x00, 0x04, 0x5A, 0x8C, 0x00, 0x39, 0x30, 0x00, 0x00 }, m.ToArray());
    }

    [Fact]
    public void ReadsTheFeatureBits()
    {
        byte[] payload = [0x15 /* stride, walking/running status, multiple locations */, 0x00];
        Assert.True(RscFeature.TryParse(payload, out var f));
        Assert.Equal(new RscFeature(true, false, true, false, true), f);
        Assert.Equal(payload, f.ToArray());
    }

    [Fact]
    public void FeatureIgnoresReservedBits()
    {
        Assert.True(RscFeature.TryParse(new byte[] { 0xE0, 0xFF }, out var f));
        Assert.Equal(default, f);
    }
}
