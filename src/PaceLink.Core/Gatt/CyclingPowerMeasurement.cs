namespace PaceLink.Core.Gatt;

/// <summary>
/// Cycling Power Measurement (0x2A63). Running power pods (Stryd and similar) expose it with the
/// runner's power as "instantaneous power". Every optional field is null when its flag is clear.
/// </summary>
public readonly partial record struct CyclingPowerMeasurement
{
    /// <summary>Instantaneous power, watts (signed).</summary>
    public short InstantaneousPowerWatts { get; init; }
    /// <summary>Pedal power balance, percent (1/2 % resolution).</summary>
    public double? PedalPowerBalancePercent { get; init; }
    /// <summary>Flag bit 1: the balance is measured from the left side (otherwise unknown).</summary>
    public bool PedalPowerBalanceFromLeft { get; init; }
    /// <summary>Accumulated torque, newton metres (1/32 resolution).</summary>
    public double? AccumulatedTorqueNewtonMetres { get; init; }
    /// <summary>Flag bit 3: the accumulated torque is crank based (otherwise wheel based).</summary>
    public bool AccumulatedTorqueFromCrank { get; init; }
    public uint? CumulativeWheelRevolutions { get; init; }
    /// <summary>Last wheel event time, seconds (1/2048 s, wraps every 32 s).</summary>
    public double? LastWheelEventTimeSeconds { get; init; }
    public ushort? CumulativeCrankRevolutions { get; init; }
    /// <summary>Last crank event time, seconds (1/1024 s, wraps every 64 s).</summary>
    public double? LastCrankEventTimeSeconds { get; init; }
    public short? MaximumForceNewtons { get; init; }
    public short? MinimumForceNewtons { get; init; }
    /// <summary>Extreme torque magnitudes, newton metres (1/32 resolution).</summary>
    public double? MaximumTorqueNewtonMetres { get; init; }
    public double? MinimumTorqueNewtonMetres { get; init; }
    /// <summary>Extreme angles, degrees (12 bits each, packed into three bytes).</summary>
    public ushort? MaximumAngleDegrees { get; init; }
    public ushort? MinimumAngleDegrees { get; init; }
    public ushort? TopDeadSpotAngleDegrees { get; init; }
    public ushort? BottomDeadSpotAngleDegrees { get; init; }
    /// <summary>Accumulated energy, kilojoules.</summary>
    public ushort? AccumulatedEnergyKilojoules { get; init; }
    /// <summary>Flag bit 12: the sensor is reporting its offset compensation value.</summary>
    public bool OffsetCompensation { get; init; }

    private const ushort BalancePresent = 1 << 0, BalanceLeft = 1 << 1, TorquePresent = 1 << 2, TorqueCrank = 1 << 3,
        WheelPresent = 1 << 4, CrankPresent = 1 << 5, ForcesPresent = 1 << 6, TorquesPresent = 1 << 7,
        AnglesPresent = 1 << 8, TopDeadPresent = 1 << 9, BottomDeadPresent = 1 << 10, EnergyPresent = 1 << 11,
        OffsetIndicator = 1 << 12;

    public static bool TryParse(ReadOnlySpan<byte> payload, out CyclingPowerMeasurement value) => TryParse(payload, out value, out _);

    public static bool TryParse(ReadOnlySpan<byte> p, out CyclingPowerMeasurement value, out GattError error)
    {
        value = default;
        error = default;
        const ushort ch = GattIds.CyclingPowerMeasurement;
        if (p.Length < 4)
        {
            error = GattError.TooShort(ch, "flags, instantaneous power", p.Length, 4);
            return false;
        }
        var f = (ushort)(p[0] | p[1] << 8);
        bool Has(ushort bit) => (f & bit) != 0;
        var check = new LengthCheck(p, ch, 4);
        if (!(check.Fits(Has(BalancePresent), 1, "pedal power balance")
              && check.Fits(Has(TorquePresent), 2, "accumulated torque")
              && check.Fits(Has(WheelPresent), 6, "wheel revolution data")
              && check.Fits(Has(CrankPresent), 4, "crank revolution data")
              && check.Fits(Has(ForcesPresent), 4, "extreme force magnitudes")
              && check.Fits(Has(TorquesPresent), 4, "extreme torque magnitudes")
              && check.Fits(Has(AnglesPresent), 3, "extreme angles")
              && check.Fits(Has(TopDeadPresent), 2, "top dead spot angle")
              && check.Fits(Has(BottomDeadPresent), 2, "bottom dead spot angle")
              && check.Fits(Has(EnergyPresent), 2, "accumulated energy")))
        {
            error = check.Error;
            return false;
        }
        var r = new PayloadReader(p, 2);
        var v = new CyclingPowerMeasurement
        {
            InstantaneousPowerWatts = r.S16(),
            PedalPowerBalanceFromLeft = Has(BalanceLeft),
            AccumulatedTorqueFromCrank = Has(TorqueCrank),
            OffsetCompensation = Has(OffsetIndicator),
        };
        if (Has(BalancePresent)) v = v with { PedalPowerBalancePercent = r.U8() / 2.0 };
        if (Has(TorquePresent)) v = v with { AccumulatedTorqueNewtonMetres = r.U16() / 32.0 };
        if (Has(WheelPresent)) v = v with { CumulativeWheelRevolutions = r.U32(), LastWheelEventTimeSeconds = r.U16() / 2048.0 };
        if (Has(CrankPresent)) v = v with { CumulativeCrankRevolutions = r.U16(), LastCrankEventTimeSeconds = r.U16() / 1024.0 };
        if (Has(ForcesPresent)) v = v with { MaximumForceNewtons = r.S16(), MinimumForceNewtons = r.S16() };
        if (Has(TorquesPresent)) v = v with { MaximumTorqueNewtonMetres = r.S16() / 32.0, MinimumTorqueNewtonMetres = r.S16() / 32.0 };
        if (Has(AnglesPresent))
        {
            // Maximum in the low 12 bits, minimum in the high 12 bits of a 24-bit field.
            var angles = r.U24();
            v = v with { MaximumAngleDegrees = (ushort)(angles & 0xFFF), MinimumAngleDegrees = (ushort)(angles >> 12) };
        }
        if (Has(TopDeadPresent)) v = v with { TopDeadSpotAngleDegrees = r.U16() };
        if (Has(BottomDeadPresent)) v = v with { BottomDeadSpotAngleDegrees = r.U16() };
        if (Has(EnergyPresent)) v = v with { AccumulatedEnergyKilojoules = r.U16() };
        value = v;
        return true;
    }
}
