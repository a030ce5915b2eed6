namespace PaceLink.Core.Gatt;

/// <summary>
/// Fitness Machine Treadmill Data (0x2ACD). Every field is optional and null when absent. Flag bit 0
/// is "more data" and inverted: speed is present when it is 0. Values are as sent; the machine
/// uses the field's maximum (for example 0xFFFF energy per hour) to mean "not available".
/// </summary>
public readonly partial record struct TreadmillData
{
    /// <summary>Belt speed, km/h (0.01 resolution).</summary>
    public double? InstantaneousSpeedKmh { get; init; }
    public double? AverageSpeedKmh { get; init; }
    /// <summary>Distance since the session started, metres (24 bits).</summary>
    public uint? TotalDistanceMetres { get; init; }
    /// <summary>Inclination, percent (0.1 resolution, signed).</summary>
    public double? InclinationPercent { get; init; }
    /// <summary>Ramp angle setting, degrees (0.1 resolution, signed).</summary>
    public double? RampAngleDegrees { get; init; }
    /// <summary>Elevation gains, metres (0.1 resolution).</summary>
    public double? PositiveElevationGainMetres { get; init; }
    public double? NegativeElevationGainMetres { get; init; }
    /// <summary>Pace as the specification defines it: kilometres per minute (0.1 resolution).</summary>
    public double? InstantaneousPaceKmPerMinute { get; init; }
    public double? AveragePaceKmPerMinute { get; init; }
    public ushort? TotalEnergyKcal { get; init; }
    public ushort? EnergyPerHourKcal { get; init; }
    public byte? EnergyPerMinuteKcal { get; init; }
    public byte? HeartRateBpm { get; init; }
    /// <summary>Metabolic equivalent (0.1 resolution).</summary>
    public double? MetabolicEquivalent { get; init; }
    public ushort? ElapsedTimeSeconds { get; init; }
    public ushort? RemainingTimeSeconds { get; init; }
    public short? ForceOnBeltNewtons { get; init; }
    public short? PowerOutputWatts { get; init; }

    private const ushort MoreData = 1 << 0, AverageSpeed = 1 << 1, TotalDistance = 1 << 2, Inclination = 1 << 3,
        Elevation = 1 << 4, InstantPace = 1 << 5, AveragePace = 1 << 6, Energy = 1 << 7, HeartRate = 1 << 8,
        Metabolic = 1 << 9, Elapsed = 1 << 10, Remaining = 1 << 11, ForcePower = 1 << 12;

    public static bool TryParse(ReadOnlySpan<byte> payload, out TreadmillData value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlySpan<byte> p, out TreadmillData value, out GattError error)
    {
        value = default;
        error = default;
        const ushort ch = GattIds.TreadmillData;
        if (p.Length < 2)
        {
            error = GattError.TooShort(ch, "flags", p.Length, 2);
            return false;
        }
        var f = (ushort)(p[0] | p[1] << 8);
        bool Has(ushort bit) => (f & bit) != 0;
        var speed = !Has(MoreData);
        var check = new LengthCheck(p, ch, 2);
        if (!(check.Fits(speed, 2, "instantaneous speed")
              && check.Fits(Has(AverageSpeed), 2, "average speed")
              && check.Fits(Has(TotalDistance), 3, "total distance")
              && check.Fits(Has(Inclination), 4, "inclination and ramp angle")
              && check.Fits(Has(Elevation), 4, "elevation gain")
              && check.Fits(Has(InstantPace), 1, "instantaneous pace")
              && check.Fits(Has(AveragePace), 1, "average pace")
              && check.Fits(Has(Energy), 5, "expended energy")
              && check.Fits(Has(HeartRate), 1, "heart rate")
              && check.Fits(Has(Metabolic), 1, "metabolic equivalent")
              && check.Fits(Has(Elapsed), 2, "elapsed time")
              && check.Fits(Has(Remaining), 2, "remaining time")
              && check.Fits(Has(ForcePower), 4, "force on belt and power output")))
        {
            error = check.Error;
            return false;
        }
        var r = new PayloadReader(p, 2);
        var v = new TreadmillData();
        if (speed) v = v with { InstantaneousSpeedKmh = r.U16() / 100.0 };
        if (Has(AverageSpeed)) v = v with { AverageSpeedKmh = r.U16() / 100.0 };
        if (Has(TotalDistance)) v = v with { TotalDistanceMetres = r.U24() };
        if (Has(Inclination)) v = v with { InclinationPercent = r.S16() / 10.0, RampAngleDegrees = r.S16() / 10.0 };
        if (Has(Elevation)) v = v with { PositiveElevationGainMetres = r.U16() / 10.0, NegativeElevationGainMetres = r.U16() / 10.0 };
        if (Has(InstantPace)) v = v with { InstantaneousPaceKmPerMinute = r.U8() / 10.0 };
        if (Has(AveragePace)) v = v with { AveragePaceKmPerMinute = r.U8() / 10.0 };
        if (Has(Energy)) v = v with { TotalEnergyKcal = r.U16(), EnergyPerHourKcal = r.U16(), EnergyPerMinuteKcal = r.U8() };
        if (Has(HeartRate)) v = v with { HeartRateBpm = r.U8() };
        if (Has(Metabolic)) v = v with { MetabolicEquivalent = r.U8() / 10.0 };
        if (Has(Elapsed)) v = v with { ElapsedTimeSeconds = r.U16() };
        if (Has(Remaining)) v = v with { RemainingTimeSeconds = r.U16() };
        if (Has(ForcePower)) v = v with { ForceOnBeltNewtons = r.S16(), PowerOutputWatts = r.S16() };
        value = v;
        return true;
    }
}
