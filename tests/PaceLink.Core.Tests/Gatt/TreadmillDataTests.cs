using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

public class TreadmillDataTests
{
    /// <summary>Every field present: bit 0 clear (speed present), bits 1-12 set.</summary>
    internal static readonly byte[] EveryField =
    [
        0xFE, 0x1F,       // flags
        0xB0, 0x04,       // instantaneous speed 1200 = 12.00 km/h
        0xE8, 0x03,       // average speed 1000 = 10.00 km/h
        0xA0, 0x86, 0x01, // total distance 0x0186A0 = 100000 m
        0x0F, 0x00,       // inclination 15 = 1.5 %
        0xFB, 0xFF,       // ramp angle -5 = -0.5 deg
        0x64, 0x00,       // positive elevation gain 100 = 10.0 m
        0x32, 0x00,       // negative elevation gain 50 = 5.0 m
        0x02,             // instantaneous pace 2 = 0.2 km/min
        0x01,             // average pace 1 = 0.1 km/min
        0x2C, 0x01,       // total energy 300 kcal
        0x58, 0x02,       // energy per hour 600 kcal
        0x0A,             // energy per minute 10 kcal
        0x96,             // heart rate 150 bpm
        0x5A,             // metabolic equivalent 90 = 9.0
        0x58, 0x02,       // elapsed time 600 s
        0x2C, 0x01,       // remaining time 300 s
        0xC8, 0x00,       // force on belt 200 N
        0xFA, 0x00,       // power output 250 W
    ];

    [Fact]
    public void SpeedIsPresentWhenMoreDataIsClear()
    {
        byte[] payload =
        [
            0x0C, 0x04,       // flags: bit 0 clear (speed present), total distance, inclination, elapsed time
            0xB0, 0x04,       // instantaneous speed 12.00 km/h
            0xA0, 0x86, 0x01, // total distance 100000 m
            0x0F, 0x00,       // inclination 1.5 %
            0xFB, 0xFF,       // ramp angle -0.5 deg
            0x58, 0x02,       // elapsed time 600 s
        ];
        Assert.True(TreadmillData.TryParse(payload, out var t));
        var expected = new TreadmillData
        {
            InstantaneousSpeedKmh = 12.0, TotalDistanceMetres = 100_000, InclinationPercent = 1.5, RampAngleDegrees = -0.5, ElapsedTimeSeconds = 600,
        };
        Assert.Equal(expected, t);
    }

    [Fact]
    public void SpeedIsAbsentWhenMoreDataIsSet()
    {
        byte[] payload = [0x01, 0x01 /* flags: more data, heart rate */, 0x96 /* 150 bpm */];
        Assert.True(TreadmillData.TryParse(payload, out var t));
        Assert.Equal(new TreadmillData { HeartRateBpm = 150 }, t);
    }

    [Fact]
    public void ReadsEveryFlagDrivenField()
    {
        Assert.True(TreadmillData.TryParse(EveryField, out var t));
        var expected = new TreadmillData
        {
            InstantaneousSpeedKmh = 12.0, AverageSpeedKmh = 10.0, TotalDistanceMetres = 100_000,
            InclinationPercent = 1.5, RampAngleDegrees = -0.5, PositiveElevationGainMetres = 10.0, NegativeElevationGainMetres = 5.0,
            InstantaneousPaceKmPerMinute = 0.2, AveragePaceKmPerMinute = 0.1,
            TotalEnergyKcal = 300, EnergyPerHourKcal = 600, EnergyPerMinuteKcal = 10, HeartRateBpm = 150, MetabolicEquivalent = 9.0,
            ElapsedTimeSeconds = 600, RemainingTimeSeconds = 300, ForceOnBeltNewtons = 200, PowerOutputWatts = 250,
        };
        Assert.Equal(expected, t);
        Assert.Equal(EveryField, t.ToArray());
    }

    [Fact]
    public void TotalDistanceIsThreeBytes()
    {
        byte[] payload = [0x05, 0x00 /* flags: more data, total distance */, 0xFF, 0xFF, 0xFF /* 16777215 m */, 0x42 /* trailing */];
        Assert.True(TreadmillData.TryParse(payload, out var t));
        Assert.Equal(16_777_215u, t.TotalDistanceMetres);
    }

    [Fact]
    public void ReservedFlagBitsAreIgnored()
    {
        byte[] payload = [0x01, 0xE0 /* more data + reserved bits 13-15 */];
        Assert.True(TreadmillData.TryParse(payload, out var t));
        Assert.Equal(default, t);
    }

    [Fact]
    public void TotalDistanceCutShortIsInvalid()
    {
        byte[] payload = [0x04, 0x00 /* speed present, total distance */, 0xB0, 0x04, 0xA0 /* one of three distance bytes */];
        Assert.False(TreadmillData.TryParse(payload, out _, out var error));
        Assert.Equal("0x2ACD flags say total distance is present, but the payload has 5 of the 7 bytes that requires", error.Describe());
    }
}
