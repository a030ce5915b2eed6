using CsCheck;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

/// <summary>Random Cycling Power Measurements: raw wire integers scaled by each field's resolution; paired fields appear together.</summary>
internal static class CyclingPowerGen
{
    private static readonly Gen<(uint, ushort)?> Wheel = Gen.Select(Gen.UInt, Gen.UShort).Nullable(0.5);
    private static readonly Gen<(ushort, ushort)?> UShortPair = Gen.Select(Gen.UShort, Gen.UShort).Nullable(0.5);
    private static readonly Gen<(short, short)?> ShortPair = Gen.Select(Gen.Short, Gen.Short).Nullable(0.5);
    private static readonly Gen<(ushort, ushort)?> Angles = Gen.Select(Gen.UShort[0, 0xFFF], Gen.UShort[0, 0xFFF]).Nullable(0.5);

    public static readonly Gen<CyclingPowerMeasurement> Values =
        from power in Gen.Short
        from flags in Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool)
        from balance in Gen.Byte.Nullable(0.5)
        from torque in Gen.UShort.Nullable(0.5)
        from wheel in Wheel
        from crank in UShortPair
        from forces in ShortPair
        from torques in ShortPair
        from angles in Angles
        from deadSpots in Gen.Select(Gen.UShort.Nullable(0.5), Gen.UShort.Nullable(0.5))
        from energy in Gen.UShort.Nullable(0.5)
        select new CyclingPowerMeasurement
        {
            InstantaneousPowerWatts = power,
            PedalPowerBalancePercent = balance / 2.0,
            PedalPowerBalanceFromLeft = flags.Item1,
            AccumulatedTorqueNewtonMetres = torque / 32.0,
            AccumulatedTorqueFromCrank = flags.Item2,
            CumulativeWheelRevolutions = wheel?.Item1,
            LastWheelEventTimeSeconds = wheel?.Item2 / 2048.0,
            CumulativeCrankRevolutions = crank?.Item1,
            LastCrankEventTimeSeconds = crank?.Item2 / 1024.0,
            MaximumForceNewtons = forces?.Item1,
            MinimumForceNewtons = forces?.Item2,
            MaximumTorqueNewtonMetres = torques?.Item1 / 32.0,
            MinimumTorqueNewtonMetres = torques?.Item2 / 32.0,
            MaximumAngleDegrees = angles?.Item1,
            MinimumAngleDegrees = angles?.Item2,
            TopDeadSpotAngleDegrees = deadSpots.Item1,
            BottomDeadSpotAngleDegrees = deadSpots.Item2,
            AccumulatedEnergyKilojoules = energy,
            OffsetCompensation = flags.Item3,
        };
}

/// <summary>Random Treadmill Data: raw wire integers scaled by each field's resolution; grouped fields appear together.</summary>
internal static class TreadmillGen
{
    private static readonly Gen<(short, short)?> Incline = Gen.Select(Gen.Short, Gen.Short).Nullable(0.5);
    private static readonly Gen<(ushort, ushort)?> Elevation = Gen.Select(Gen.UShort, Gen.UShort).Nullable(0.5);
    private static readonly Gen<(ushort, ushort, byte)?> Energy = Gen.Select(Gen.UShort, Gen.UShort, Gen.Byte).Nullable(0.5);
    private static readonly Gen<(short, short)?> ForcePower = Gen.Select(Gen.Short, Gen.Short).Nullable(0.5);

    public static readonly Gen<TreadmillData> Values =
        from speeds in Gen.Select(Gen.UShort.Nullable(0.5), Gen.UShort.Nullable(0.5))
        from distance in Gen.UInt[0, 0xFFFFFF].Nullable(0.5)
        from incline in Incline
        from elevation in Elevation
        from paces in Gen.Select(Gen.Byte.Nullable(0.5), Gen.Byte.Nullable(0.5))
        from energy in Energy
        from heart in Gen.Byte.Nullable(0.5)
        from met in Gen.Byte.Nullable(0.5)
        from times in Gen.Select(Gen.UShort.Nullable(0.5), Gen.UShort.Nullable(0.5))
        from forcePower in ForcePower
        select new TreadmillData
        {
            InstantaneousSpeedKmh = speeds.Item1 / 100.0,
            AverageSpeedKmh = speeds.Item2 / 100.0,
            TotalDistanceMetres = distance,
            InclinationPercent = incline?.Item1 / 10.0,
            RampAngleDegrees = incline?.Item2 / 10.0,
            PositiveElevationGainMetres = elevation?.Item1 / 10.0,
            NegativeElevationGainMetres = elevation?.Item2 / 10.0,
            InstantaneousPaceKmPerMinute = paces.Item1 / 10.0,
            AveragePaceKmPerMinute = paces.Item2 / 10.0,
            TotalEnergyKcal = energy?.Item1,
            EnergyPerHourKcal = energy?.Item2,
            EnergyPerMinuteKcal = energy?.Item3,
            HeartRateBpm = heart,
            MetabolicEquivalent = met / 10.0,
            ElapsedTimeSeconds = times.Item1,
            RemainingTimeSeconds = times.Item2,
            ForceOnBeltNewtons = forcePower?.Item1,
            PowerOutputWatts = forcePower?.Item2,
        };
}
