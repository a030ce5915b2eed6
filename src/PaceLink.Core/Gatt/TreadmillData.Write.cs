namespace PaceLink.Core.Gatt;

public readonly partial record struct TreadmillData
{
    private bool HasIncline => InclinationPercent is not null || RampAngleDegrees is not null;
    private bool HasElevation => PositiveElevationGainMetres is not null || NegativeElevationGainMetres is not null;
    private bool HasEnergy => TotalEnergyKcal is not null || EnergyPerHourKcal is not null || EnergyPerMinuteKcal is not null;
    private bool HasForcePower => ForceOnBeltNewtons is not null || PowerOutputWatts is not null;

    /// <summary>Bytes <see cref="Write"/> needs. Grouped fields are sent together: a missing member is sent as 0.</summary>
    public int EncodedLength => 2 + (InstantaneousSpeedKmh is null ? 0 : 2) + (AverageSpeedKmh is null ? 0 : 2)
        + (TotalDistanceMetres is null ? 0 : 3) + (HasIncline ? 4 : 0) + (HasElevation ? 4 : 0)
        + (InstantaneousPaceKmPerMinute is null ? 0 : 1) + (AveragePaceKmPerMinute is null ? 0 : 1) + (HasEnergy ? 5 : 0)
        + (HeartRateBpm is null ? 0 : 1) + (MetabolicEquivalent is null ? 0 : 1) + (ElapsedTimeSeconds is null ? 0 : 2)
        + (RemainingTimeSeconds is null ? 0 : 2) + (HasForcePower ? 4 : 0);

    /// <summary>Encodes into <paramref name="dest"/>; values are rounded to each field's resolution and clamped to its range.</summary>
    public int Write(Span<byte> dest)
    {
        var flags = (InstantaneousSpeedKmh is null ? MoreData : 0) | (AverageSpeedKmh is null ? 0 : AverageSpeed)
            | (TotalDistanceMetres is null ? 0 : TotalDistance) | (HasIncline ? Inclination : 0) | (HasElevation ? Elevation : 0)
            | (InstantaneousPaceKmPerMinute is null ? 0 : InstantPace) | (AveragePaceKmPerMinute is null ? 0 : AveragePace)
            | (HasEnergy ? Energy : 0) | (HeartRateBpm is null ? 0 : HeartRate) | (MetabolicEquivalent is null ? 0 : Metabolic)
            | (ElapsedTimeSeconds is null ? 0 : Elapsed) | (RemainingTimeSeconds is null ? 0 : Remaining) | (HasForcePower ? ForcePower : 0);
        var w = new PayloadWriter(dest, 0);
        w.U16((ushort)flags);
        if (InstantaneousSpeedKmh is { } speed) w.U16(Fixed.ToU16(speed * 100));
        if (AverageSpeedKmh is { } average) w.U16(Fixed.ToU16(average * 100));
        if (TotalDistanceMetres is { } distance) w.U24(Math.Min(distance, 0xFFFFFFu));
        if (HasIncline)
        {
            w.S16(Fixed.ToS16((InclinationPercent ?? 0) * 10));
            w.S16(Fixed.ToS16((RampAngleDegrees ?? 0) * 10));
        }
        if (HasElevation)
        {
            w.U16(Fixed.ToU16((PositiveElevationGainMetres ?? 0) * 10));
            w.U16(Fixed.ToU16((NegativeElevationGainMetres ?? 0) * 10));
        }
        if (InstantaneousPaceKmPerMinute is { } pace) w.U8(Fixed.ToU8(pace * 10));
        if (AveragePaceKmPerMinute is { } averagePace) w.U8(Fixed.ToU8(averagePace * 10));
        if (HasEnergy)
        {
            w.U16(TotalEnergyKcal ?? 0);
            w.U16(EnergyPerHourKcal ?? 0);
            w.U8(EnergyPerMinuteKcal ?? 0);
        }
        if (HeartRateBpm is { } bpm) w.U8(bpm);
        if (MetabolicEquivalent is { } met) w.U8(Fixed.ToU8(met * 10));
        if (ElapsedTimeSeconds is { } elapsed) w.U16(elapsed);
        if (RemainingTimeSeconds is { } remaining) w.U16(remaining);
        if (HasForcePower)
        {
            w.S16(ForceOnBeltNewtons ?? 0);
            w.S16(PowerOutputWatts ?? 0);
        }
        return w.Position;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[EncodedLength];
        Write(bytes);
        return bytes;
    }
}
