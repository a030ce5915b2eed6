namespace PaceLink.Core.Gatt;

public readonly partial record struct CyclingPowerMeasurement
{
    private bool HasWheel => CumulativeWheelRevolutions is not null || LastWheelEventTimeSeconds is not null;
    private bool HasCrank => CumulativeCrankRevolutions is not null || LastCrankEventTimeSeconds is not null;
    private bool HasForces => MaximumForceNewtons is not null || MinimumForceNewtons is not null;
    private bool HasTorques => MaximumTorqueNewtonMetres is not null || MinimumTorqueNewtonMetres is not null;
    private bool HasAngles => MaximumAngleDegrees is not null || MinimumAngleDegrees is not null;

    /// <summary>Bytes <see cref="Write"/> needs. Paired fields are sent together: a missing half is sent as 0.</summary>
    public int EncodedLength => 4 + (PedalPowerBalancePercent is null ? 0 : 1) + (AccumulatedTorqueNewtonMetres is null ? 0 : 2)
        + (HasWheel ? 6 : 0) + (HasCrank ? 4 : 0) + (HasForces ? 4 : 0) + (HasTorques ? 4 : 0) + (HasAngles ? 3 : 0)
        + (TopDeadSpotAngleDegrees is null ? 0 : 2) + (BottomDeadSpotAngleDegrees is null ? 0 : 2) + (AccumulatedEnergyKilojoules is null ? 0 : 2);

    /// <summary>Encodes into <paramref name="dest"/>; values are rounded to each field's resolution and clamped to its range.</summary>
    public int Write(Span<byte> dest)
    {
        var flags = (PedalPowerBalancePercent is null ? 0 : BalancePresent) | (PedalPowerBalanceFromLeft ? BalanceLeft : 0)
            | (AccumulatedTorqueNewtonMetres is null ? 0 : TorquePresent) | (AccumulatedTorqueFromCrank ? TorqueCrank : 0)
            | (HasWheel ? WheelPresent : 0) | (HasCrank ? CrankPresent : 0) | (HasForces ? ForcesPresent : 0)
            | (HasTorques ? TorquesPresent : 0) | (HasAngles ? AnglesPresent : 0)
            | (TopDeadSpotAngleDegrees is null ? 0 : TopDeadPresent) | (BottomDeadSpotAngleDegrees is null ? 0 : BottomDeadPresent)
            | (AccumulatedEnergyKilojoules is null ? 0 : EnergyPresent) | (OffsetCompensation ? OffsetIndicator : 0);
        var w = new PayloadWriter(dest, 0);
        w.U16((ushort)flags);
        w.S16(InstantaneousPowerWatts);
        if (PedalPowerBalancePercent is { } balance) w.U8(Fixed.ToU8(balance * 2));
        if (AccumulatedTorqueNewtonMetres is { } torque) w.U16(Fixed.ToU16(torque * 32));
        if (HasWheel)
        {
            w.U32(CumulativeWheelRevolutions ?? 0);
            w.U16(Fixed.ToU16((LastWheelEventTimeSeconds ?? 0) * 2048));
        }
        if (HasCrank)
        {
            w.U16(CumulativeCrankRevolutions ?? 0);
            w.U16(Fixed.ToU16((LastCrankEventTimeSeconds ?? 0) * 1024));
        }
        if (HasForces)
        {
            w.S16(MaximumForceNewtons ?? 0);
            w.S16(MinimumForceNewtons ?? 0);
        }
        if (HasTorques)
        {
            w.S16(Fixed.ToS16((MaximumTorqueNewtonMetres ?? 0) * 32));
            w.S16(Fixed.ToS16((MinimumTorqueNewtonMetres ?? 0) * 32));
        }
        if (HasAngles)
            w.U24((uint)(Math.Min((int)(MaximumAngleDegrees ?? 0), 0xFFF) | Math.Min((int)(MinimumAngleDegrees ?? 0), 0xFFF) << 12));
        if (TopDeadSpotAngleDegrees is { } top) w.U16(top);
        if (BottomDeadSpotAngleDegrees is { } bottom) w.U16(bottom);
        if (AccumulatedEnergyKilojoules is { } energy) w.U16(energy);
        return w.Position;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[EncodedLength];
        Write(bytes);
        return bytes;
    }
}
