using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

public class HeartRateMeasurementTests
{
    [Theory]
    [InlineData(new byte[] { 0x00 /* flags: u8 value, no contact feature */, 0x48 /* 72 bpm */ }, 72, false)]
    [InlineData(new byte[] { 0x01 /* flags: u16 value */, 0x48, 0x00 /* 72 bpm, below 256 but sent wide */ }, 72, true)]
    [InlineData(new byte[] { 0x01 /* flags: u16 value */, 0x2C, 0x01 /* 300 bpm */ }, 300, true)]
    [InlineData(new byte[] { 0x00 /* flags */, 0xFF /* 255 bpm, the largest u8 */ }, 255, false)]
    public void ReadsEightAndSixteenBitHeartRates(byte[] payload, int bpm, bool wide)
    {
        Assert.True(HeartRateMeasurement.TryParse(payload, out var m));
        Assert.Equal(bpm, m.BeatsPerMinute);
        Assert.Equal(wide, m.SixteenBitValue);
    }

    [Theory]
    [InlineData(0x00, SensorContact.NotSupported)]
    [InlineData(0x02, SensorContact.NotSupported)] // bit 1 alone: the feature is not supported, so "detected" means nothing
    [InlineData(0x04, SensorContact.NotDetected)]
    [InlineData(0x06, SensorContact.Detected)]
    public void ContactIsOnlyMeaningfulWhenTheSupportedBitIsSet(byte flags, SensorContact expected)
    {
        Assert.True(HeartRateMeasurement.TryParse(new byte[] { flags, 0x50 /* 80 bpm */ }, out var m));
        Assert.Equal(expected, m.Contact);
    }

    [Fact]
    public void ReadsEnergyExpendedFollowedByRrIntervals()
    {
        byte[] payload =
        [
            0x18,       // flags: energy expended present, RR intervals present
            0x60,       // 96 bpm
            0x34, 0x12, // energy expended 0x1234 = 4660 kJ
            0x00, 0x04, // RR 1024/1024 = 1.0 s
            0x00, 0x02, // RR  512/1024 = 0.5 s
        ];
        Assert.True(HeartRateMeasurement.TryParse(payload, out var m));
        Assert.Equal(96, m.BeatsPerMinute);
        Assert.Equal(4660, m.EnergyExpendedKilojoules);
        Assert.Equal([1.0, 0.5], m.RrIntervals.ToArray());
    }

    [Fact]
    public void ReadsNineRrIntervalsFromOneNotification()
    {
        byte[] payload =
        [
            0x10, // flags: RR intervals present
            0x8C, // 140 bpm
            0x00, 0x01, 0x00, 0x02, 0x00, 0x03, // RR 256, 512, 768 (/1024 s)
            0x00, 0x04, 0x00, 0x05, 0x00, 0x06, // RR 1024, 1280, 1536
            0x00, 0x07, 0x00, 0x08, 0x00, 0x09, // RR 1792, 2048, 2304
        ];
        Assert.True(HeartRateMeasurement.TryParse(payload, out var m));
        Assert.Equal(9, m.RrIntervals.Count);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => i * 0.25).ToArray(), m.RrIntervals.ToArray());
    }

    [Fact]
    public void AnRrFlagWithoutRrBytesIsInvalid()
    {
        byte[] payload = [0x10 /* flags: RR present */, 0x48 /* 72 bpm */];
        Assert.False(HeartRateMeasurement.TryParse(payload, out _, out var error));
        Assert.Equal(GattErrorKind.FlaggedFieldTruncated, error.Kind);
        Assert.Equal("0x2A37 flags say RR intervals is present, but the payload has 2 of the 4 bytes that requires", error.Describe());
    }

    [Fact]
    public void ReservedFlagBitsAreIgnored()
    {
        Assert.True(HeartRateMeasurement.TryParse(new byte[] { 0xE0 /* reserved bits 5-7 */, 0x48 }, out var m));
        Assert.Equal(new HeartRateMeasurement(72, SensorContact.NotSupported, null, RrIntervals.Empty), m);
    }

    [Fact]
    public void AnOddTrailingByteAfterRrIntervalsIsNotAnInterval()
    {
        byte[] payload = [0x10 /* flags: RR present */, 0x48, 0x00, 0x04 /* RR 1.0 s */, 0xFF /* stray byte */];
        Assert.True(HeartRateMeasurement.TryParse(payload, out var m));
        Assert.Equal([1.0], m.RrIntervals.ToArray());
    }

    [Fact]
    public void TrailingBytesWithoutRrFlagAreIgnored()
    {
        Assert.True(HeartRateMeasurement.TryParse(new byte[] { 0x00, 0x48, 0xAA, 0xBB }, out var m));
        Assert.Empty(m.RrIntervals);
        Assert.Equal(72, m.BeatsPerMinute);
    }

    [Fact]
    public void RrIntervalsAreAViewOverThePayloadNotACopy()
    {
        var payload = new byte[] { 0x10, 0x48, 0x00, 0x04 };
        Assert.True(HeartRateMeasurement.TryParse(payload, out var m));
        payload[3] = 0x08; // the strap's buffer changes: the view sees it
        Assert.Equal(2.0, m.RrIntervals[0]);
    }

    [Fact]
    public void EncodesResetEnergyExpendedAsOneByteOne()
    {
        Assert.Equal(new byte[] { 0x01 }, HeartRateControlPoint.ResetEnergyExpended());
        Assert.True(HeartRateControlPoint.TryParse(HeartRateControlPoint.ResetEnergyExpended(), out var command));
        Assert.Equal(HeartRateCommand.ResetEnergyExpended, command.Command);
    }

    [Theory]
    [InlineData(new byte[] { 0x00 }, GattErrorKind.ReservedValue)] // only 0x01 is defined
    [InlineData(new byte[] { 0x01, 0x01 }, GattErrorKind.WrongLength)]
    public void RejectsOtherControlPointValues(byte[] payload, GattErrorKind kind)
    {
        Assert.False(HeartRateControlPoint.TryParse(payload, out _, out var error));
        Assert.Equal(kind, error.Kind);
    }
}
