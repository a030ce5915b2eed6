using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

public class CyclingPowerMeasurementTests
{
    /// <summary>Every flag set: each optional field once, in the order the specification lists them.</summary>
    internal static readonly byte[] EveryField =
    [
        0xFF, 0x1F,             // flags: bits 0-12 (balance from left, torque crank based, offset compensation)
        0xFA, 0x00,             // instantaneous power 250 W
        0x64,                   // pedal power balance 100/2 = 50 %
        0x40, 0x00,             // accumulated torque 64/32 = 2.0 N m
        0x34, 0x12, 0x00, 0x00, // cumulative wheel revolutions 0x1234 = 4660
        0x00, 0x08,             // last wheel event time 2048/2048 = 1.0 s
        0x10, 0x00,             // cumulative crank revolutions 16
        0x00, 0x04,             // last crank event time 1024/1024 = 1.0 s
        0x2C, 0x01,             // maximum force 300 N
        0x9C, 0xFF,             // minimum force -100 N
        0x80, 0x00,             // maximum torque 128/32 = 4.0 N m
        0xE0, 0xFF,             // minimum torque -32/32 = -1.0 N m
        0xAA, 0xE0, 0x15,       // extreme angles 0x15E0AA: maximum 0x0AA = 170 deg, minimum 0x15E = 350 deg
        0x0A, 0x00,             // top dead spot 10 deg
        0xBE, 0x00,             // bottom dead spot 190 deg
        0x40, 0x01,             // accumulated energy 320 kJ
    ];

    [Fact]
    public void ReadsInstantaneousPowerAlone()
    {
        byte[] payload = [0x00, 0x00 /* flags: nothing optional */, 0xF0, 0x00 /* 240 W */];
        Assert.True(CyclingPowerMeasurement.TryParse(payload, out var m));
        Assert.Equal(new CyclingPowerMeasurement { InstantaneousPowerWatts = 240 }, m);
    }

    [Fact]
    public void InstantaneousPowerIsSigned()
    {
        Assert.True(CyclingPowerMeasurement.TryParse(new byte[] { 0x00, 0x00, 0xFF, 0xFF /* -1 W */ }, out var m));
        Assert.Equal(-1, m.InstantaneousPowerWatts);
    }

    [Fact]
    public void ReadsEveryFlagDrivenField()
    {
        Assert.True(CyclingPowerMeasurement.TryParse(EveryField, out var m));
        var expected = new CyclingPowerMeasurement
        {
            InstantaneousPowerWatts = 250,
            PedalPowerBalancePercent = 50,
            PedalPowerBalanceFromLeft = true,
            AccumulatedTorqueNewtonMetres = 2.0,
            AccumulatedTorqueFromCrank = true,
            CumulativeWheelRevolutions = 4660,
            LastWheelEventTimeSeconds = 1.0,
            CumulativeCrankRevolutions = 16,
            LastCrankEventTimeSeconds = 1.0,
            MaximumForceNewtons = 300,
            MinimumForceNewtons = -100,
            MaximumTorqueNewtonMetres = 4.0,
            MinimumTorqueNewtonMetres = -1.0,
            MaximumAngleDegrees = 170,
            MinimumAngleDegrees = 350,
            TopDeadSpotAngleDegrees = 10,
            BottomDeadSpotAngleDegrees = 190,
            AccumulatedEnergyKilojoules = 320,
            OffsetCompensation = true,
        };
        Assert.Equal(expected, m);
        Assert.Equal(EveryField, m.ToArray());
    }

    [Fact]
    public void AccumulatedEnergyAloneFollowsPowerDirectly()
    {
        byte[] payload = [0x00, 0x08 /* flags: bit 11 accumulated energy */, 0x2C, 0x01 /* 300 W */, 0x05, 0x00 /* 5 kJ */];
        Assert.True(CyclingPowerMeasurement.TryParse(payload, out var m));
        Assert.Equal((ushort)5, m.AccumulatedEnergyKilojoules);
        Assert.Null(m.CumulativeWheelRevolutions);
    }

    [Fact]
    public void ReservedFlagBitsAndTrailingBytesAreIgnored()
    {
        byte[] payload = [0x00, 0xE0 /* reserved bits 13-15 */, 0x64, 0x00 /* 100 W */, 0x99 /* trailing */];
        Assert.True(CyclingPowerMeasurement.TryParse(payload, out var m));
        Assert.Equal(new CyclingPowerMeasurement { InstantaneousPowerWatts = 100 }, m);
    }

    [Fact]
    public void WheelDataCutShortIsInvalid()
    {
        byte[] payload = [0x10, 0x00 /* flags: wheel revolution data */, 0x64, 0x00, 0x01, 0x00, 0x00, 0x00 /* revolutions, no time */];
        Assert.False(CyclingPowerMeasurement.TryParse(payload, out _, out var error));
        Assert.Equal("0x2A63 flags say wheel revolution data is present, but the payload has 8 of the 10 bytes that requires", error.Describe());
    }
}
