using System.Text;
using System.Text.Json.Nodes;

namespace PaceLink.Core.Gatt;

/// <summary>
/// Decoded values as JSON objects with snake_case, unit-suffixed names. These names are a public
/// contract (the `decode` command and the trace checker print them), so change them only on purpose.
/// </summary>
public static partial class GattJson
{
    public static JsonObject From(HeartRateMeasurement m)
    {
        var rr = new JsonArray();
        foreach (var seconds in m.RrIntervals) rr.Add((JsonNode)seconds);
        return new JsonObject
        {
            ["heart_rate_bpm"] = m.BeatsPerMinute,
            ["sensor_contact"] = Snake(m.Contact.ToString()),
            ["energy_expended_kj"] = m.EnergyExpendedKilojoules,
            ["rr_intervals_s"] = rr,
        };
    }

    public static JsonObject From(RscMeasurement m) => new()
    {
        ["speed_mps"] = m.SpeedMetresPerSecond,
        ["cadence_spm"] = m.CadencePerMinute,
        ["stride_length_m"] = m.StrideLengthMetres,
        ["total_distance_m"] = m.TotalDistanceMetres,
        ["is_running"] = m.IsRunning,
    };

    public static JsonObject From(RscFeature f) => new()
    {
        ["stride_length_supported"] = f.StrideLengthSupported,
        ["total_distance_supported"] = f.TotalDistanceSupported,
        ["walking_running_status_supported"] = f.WalkingRunningStatusSupported,
        ["calibration_supported"] = f.CalibrationSupported,
        ["multiple_sensor_locations_supported"] = f.MultipleSensorLocationsSupported,
    };

    public static JsonObject From(ScControlPointResponse r)
    {
        var o = new JsonObject
        {
            ["opcode"] = Snake(nameof(ScOpCode.ResponseCode)),
            ["request_opcode"] = Snake(r.RequestOpCode.ToString()),
            ["response_value"] = Snake(r.ResponseValue.ToString()),
        };
        if (r.HasSupportedLocations)
        {
            var places = new JsonArray();
            for (var i = 0; i < r.SupportedLocationCount; i++) places.Add((JsonNode)Snake(r.SupportedLocationAt(i).ToString()));
            o["supported_sensor_locations"] = places;
        }
        return o;
    }

    public static JsonObject From(BodySensorLocation l) => new() { ["body_sensor_location"] = Snake(l.Location.ToString()) };

    public static JsonObject From(SensorLocation l) => new() { ["sensor_location"] = Snake(l.Place.ToString()) };

    public static JsonObject From(BatteryLevel b) => new() { ["battery_level_percent"] = b.Percent };

    public static JsonObject From(HeartRateControlPoint c) => new() { ["command"] = Snake(c.Command.ToString()) };

    /// <summary>"TopOfShoe" to "top_of_shoe"; an undefined enum value stays a number ("18").</summary>
    internal static string Snake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static void AddIfPresent(JsonObject o, string name, double? value)
    {
        if (value is { } v) o[name] = v;
    }
}
