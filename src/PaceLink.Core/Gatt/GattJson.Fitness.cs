using System.Text.Json.Nodes;

namespace PaceLink.Core.Gatt;

public static partial class GattJson
{
    /// <summary>Instantaneous power always; every other field only when the flags say it is present.</summary>
    public static JsonObject From(CyclingPowerMeasurement m)
    {
        var o = new JsonObject { ["instantaneous_power_w"] = m.InstantaneousPowerWatts };
        AddIfPresent(o, "pedal_power_balance_percent", m.PedalPowerBalancePercent);
        if (m.PedalPowerBalancePercent is not null) o["pedal_power_balance_reference"] = m.PedalPowerBalanceFromLeft ? "left" : "unknown";
        AddIfPresent(o, "accumulated_torque_nm", m.AccumulatedTorqueNewtonMetres);
        if (m.AccumulatedTorqueNewtonMetres is not null) o["accumulated_torque_source"] = m.AccumulatedTorqueFromCrank ? "crank" : "wheel";
        AddIfPresent(o, "cumulative_wheel_revolutions", m.CumulativeWheelRevolutions);
        AddIfPresent(o, "last_wheel_event_time_s", m.LastWheelEventTimeSeconds);
        AddIfPresent(o, "cumulative_crank_revolutions", m.CumulativeCrankRevolutions);
        AddIfPresent(o, "last_crank_event_time_s", m.LastCrankEventTimeSeconds);
        AddIfPresent(o, "maximum_force_n", m.MaximumForceNewtons);
        AddIfPresent(o, "minimum_force_n", m.MinimumForceNewtons);
        AddIfPresent(o, "maximum_torque_nm", m.MaximumTorqueNewtonMetres);
        AddIfPresent(o, "minimum_torque_nm", m.MinimumTorqueNewtonMetres);
        AddIfPresent(o, "maximum_angle_deg", m.MaximumAngleDegrees);
        AddIfPresent(o, "minimum_angle_deg", m.MinimumAngleDegrees);
        AddIfPresent(o, "top_dead_spot_angle_deg", m.TopDeadSpotAngleDegrees);
        AddIfPresent(o, "bottom_dead_spot_angle_deg", m.BottomDeadSpotAngleDegrees);
        AddIfPresent(o, "accumulated_energy_kj", m.AccumulatedEnergyKilojoules);
        if (m.OffsetCompensation) o["offset_compensation"] = true;
        return o;
    }

    /// <summary>Only the fields the flags say are present.</summary>
    public static JsonObject From(TreadmillData t)
    {
        var o = new JsonObject();
        AddIfPresent(o, "instantaneous_speed_kmh", t.InstantaneousSpeedKmh);
        AddIfPresent(o, "average_speed_kmh", t.AverageSpeedKmh);
        AddIfPresent(o, "total_distance_m", t.TotalDistanceMetres);
        AddIfPresent(o, "inclination_percent", t.InclinationPercent);
        AddIfPresent(o, "ramp_angle_deg", t.RampAngleDegrees);
        AddIfPresent(o, "positive_elevation_gain_m", t.PositiveElevationGainMetres);
        AddIfPresent(o, "negative_elevation_gain_m", t.NegativeElevationGainMetres);
        AddIfPresent(o, "instantaneous_pace_km_per_min", t.InstantaneousPaceKmPerMinute);
        AddIfPresent(o, "average_pace_km_per_min", t.AveragePaceKmPerMinute);
        AddIfPresent(o, "total_energy_kcal", t.TotalEnergyKcal);
        AddIfPresent(o, "energy_per_hour_kcal", t.EnergyPerHourKcal);
        AddIfPresent(o, "energy_per_minute_kcal", t.EnergyPerMinuteKcal);
        AddIfPresent(o, "heart_rate_bpm", t.HeartRateBpm);
        AddIfPresent(o, "metabolic_equivalent", t.MetabolicEquivalent);
        AddIfPresent(o, "elapsed_time_s", t.ElapsedTimeSeconds);
        AddIfPresent(o, "remaining_time_s", t.RemainingTimeSeconds);
        AddIfPresent(o, "force_on_belt_n", t.ForceOnBeltNewtons);
        AddIfPresent(o, "power_output_w", t.PowerOutputWatts);
        return o;
    }
}
