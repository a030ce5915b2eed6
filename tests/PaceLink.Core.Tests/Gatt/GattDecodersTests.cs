using System.Text.Json.Nodes;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

/// <summary>The JSON names are a contract shared by `pacelink decode` and the trace checker.</summary>
public class GattDecodersTests
{
    private static JsonObject Decode(ushort ch, params byte[] payload)
    {
        Assert.True(GattDecoders.TryDecode(ch, payload, out var fields, out var error), error.Describe());
        return fields;
    }

    [Fact]
    public void HeartRateUsesTheContractNames()
    {
        var json = Decode(GattIds.HeartRateMeasurement, 0x14 /* contact not detected, RR */, 0x48, 0x00, 0x02 /* 0.5 s */);
        Assert.Equal("""{"heart_rate_bpm":72,"sensor_contact":"not_detected","energy_expended_kj":null,"rr_intervals_s":[0.5]}""", json.ToJsonString());
    }

    [Fact]
    public void RunningSpeedUsesTheContractNames()
    {
        var json = Decode(GattIds.RscMeasurement, 0x02, 0x80, 0x03, 0xB4, 0x00, 0x00, 0x00, 0x80);
        Assert.Equal("""{"speed_mps":3.5,"cadence_spm":180,"stride_length_m":null,"total_distance_m":214748364.8,"is_running":false}""", json.ToJsonString());
    }

    [Theory]
    [InlineData(GattIds.BodySensorLocation, new byte[] { 0x01 }, """{"body_sensor_location":"chest"}""")]
    [InlineData(GattIds.SensorLocation, new byte[] { 0x01 }, """{"sensor_location":"top_of_shoe"}""")]
    [InlineData(GattIds.BatteryLevel, new byte[] { 0x57 }, """{"battery_level_percent":87}""")]
    [InlineData(GattIds.HeartRateControlPoint, new byte[] { 0x01 }, """{"command":"reset_energy_expended"}""")]
    [InlineData(GattIds.ScControlPoint, new byte[] { 0x10, 0x01, 0x03 }, """{"opcode":"response_code","request_opcode":"set_cumulative_value","response_value":"invalid_parameter"}""")]
    [InlineData(GattIds.ScControlPoint, new byte[] { 0x10, 0x04, 0x01, 0x02 }, """{"opcode":"response_code","request_opcode":"request_supported_sensor_locations","response_value":"success","supported_sensor_locations":["in_shoe"]}""")]
    [InlineData(GattIds.RscFeature, new byte[] { 0x03, 0x00 }, """{"stride_length_supported":true,"total_distance_supported":true,"walking_running_status_supported":false,"calibration_supported":false,"multiple_sensor_locations_supported":false}""")]
    [InlineData(GattIds.CyclingPowerMeasurement, new byte[] { 0x00, 0x08, 0xF0, 0x00, 0x05, 0x00 }, """{"instantaneous_power_w":240,"accumulated_energy_kj":5}""")]
    [InlineData(GattIds.TreadmillData, new byte[] { 0x04, 0x00, 0xB0, 0x04, 0xE8, 0x03, 0x00 }, """{"instantaneous_speed_kmh":12,"total_distance_m":1000}""")]
    public void SmallerCharacteristicsUseTheContractNames(ushort ch, byte[] payload, string expected) =>
        Assert.Equal(expected, Decode(ch, payload).ToJsonString());

    [Fact]
    public void PowerListsOnlyTheFieldsItsFlagsAnnounce()
    {
        var json = Decode(GattIds.CyclingPowerMeasurement, CyclingPowerMeasurementTests.EveryField);
        string[] contract =
        [
            "instantaneous_power_w", "pedal_power_balance_percent", "accumulated_energy_kj", "cumulative_wheel_revolutions",
            "last_wheel_event_time_s", "cumulative_crank_revolutions", "last_crank_event_time_s",
        ];
        Assert.All(contract, name => Assert.True(json.ContainsKey(name), name));
        Assert.Equal(1.0, json["last_crank_event_time_s"]!.GetValue<double>());
    }

    [Fact]
    public void TreadmillListsEveryContractFieldWhenAllArePresent()
    {
        var json = Decode(GattIds.TreadmillData, TreadmillDataTests.EveryField);
        string[] contract =
        [
            "instantaneous_speed_kmh", "average_speed_kmh", "total_distance_m", "inclination_percent", "ramp_angle_deg",
            "positive_elevation_gain_m", "negative_elevation_gain_m", "total_energy_kcal", "energy_per_hour_kcal",
            "energy_per_minute_kcal", "heart_rate_bpm", "elapsed_time_s", "force_on_belt_n", "power_output_w",
        ];
        Assert.All(contract, name => Assert.True(json.ContainsKey(name), name));
        Assert.Equal(-0.5, json["ramp_angle_deg"]!.GetValue<double>());
    }

    [Fact]
    public void AnUnknownCharacteristicIsAnErrorWithASentence()
    {
        Assert.False(GattDecoders.TryDecode(0x2A6E, new byte[] { 0x00 }, out _, out var error));
        Assert.Equal(GattErrorKind.UnknownCharacteristic, error.Kind);
        Assert.Equal("0x2A6E is not a characteristic PaceLink can decode", error.Describe());
    }

    [Fact]
    public void KnowsTheNamesOfItsCharacteristics()
    {
        Assert.Equal("RSC Measurement", GattDecoders.NameOf(GattIds.RscMeasurement));
        Assert.Null(GattDecoders.NameOf(0x2A00));
    }
}
