using System.Text.Json;
using PaceLink.Core.Units;
using PaceLink.Core.Text;

namespace PaceLink.Core.Workout;

/// <summary>
/// <see cref="WorkoutSettings"/> as a JSON object (the trace header's "settings"):
/// <c>{"workout":"10k","target_pace_s_per_km":240,"goal":null,"warmup_s":900,"cooldown_s":600,
/// "set_rest_s":210,"calibration":1,"tolerance":0.03,"finish_faster_s":0}</c>, plus "workout_name"
/// for a file and "units":"mi" for a session shown in miles (absent means km, so a kilometre trace
/// reads as it always did). Missing fields take their defaults; unknown fields are ignored.
/// </summary>
internal static class WorkoutSettingsJson
{
    public static void Write(Utf8JsonWriter w, WorkoutSettings s)
    {
        w.WriteStartObject();
        w.WriteString("workout", s.Workout);
        if (s.WorkoutName is not null) w.WriteString("workout_name", s.WorkoutName);
        if (s.TargetPace is { } p) w.WriteNumber("target_pace_s_per_km", p.SecondsPerKm);
        if (s.Goal is not null) w.WriteString("goal", s.Goal);
        w.WriteNumber("warmup_s", s.Warmup.TotalSeconds);
        w.WriteNumber("cooldown_s", s.Cooldown.TotalSeconds);
        w.WriteNumber("set_rest_s", s.SetRest.TotalSeconds);
        w.WriteNumber("calibration", s.Calibration);
        w.WriteNumber("tolerance", s.Tolerance);
        w.WriteNumber("finish_faster_s", s.FinishFaster.TotalSeconds);
        if (s.Units != DistanceUnit.Kilometres) w.WriteString("units", DistanceUnits.Name(s.Units));
        w.WriteEndObject();
    }

    /// <summary>Reads settings written by <see cref="Write"/>; false with a reason when a field has the wrong type or the result is invalid.</summary>
    public static bool TryRead(JsonElement o, out WorkoutSettings settings, out string error)
    {
        settings = new WorkoutSettings();
        error = "";
        if (o.ValueKind != JsonValueKind.Object)
        {
            error = "settings must be a JSON object";
            return false;
        }
        var s = settings;
        try
        {
            if (Text(o, "workout") is { } workout) s = s with { Workout = workout };
            s = s with { WorkoutName = Text(o, "workout_name"), Goal = Text(o, "goal") };
            if (Number(o, "target_pace_s_per_km") is { } pace) s = s with { TargetPace = Pace.FromSecondsPerKm(pace) };
            if (Number(o, "warmup_s") is { } warmup) s = s with { Warmup = TimeSpan.FromSeconds(warmup) };
            if (Number(o, "cooldown_s") is { } cooldown) s = s with { Cooldown = TimeSpan.FromSeconds(cooldown) };
            if (Number(o, "set_rest_s") is { } setRest) s = s with { SetRest = TimeSpan.FromSeconds(setRest) };
            if (Number(o, "calibration") is { } calibration) s = s with { Calibration = calibration };
            if (Number(o, "tolerance") is { } tolerance) s = s with { Tolerance = tolerance };
            if (Number(o, "finish_faster_s") is { } faster) s = s with { FinishFaster = TimeSpan.FromSeconds(faster) };
            if (Text(o, "units") is { } units)
                s = s with { Units = DistanceUnits.TryParse(units, out var unit) ? unit : throw new FormatException("settings: 'units' must be km or mi") };
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
        catch (OverflowException)
        {
            error = "a duration in the settings is out of range";
            return false;
        }
        var problems = s.Validate();
        if (problems.Count > 0)
        {
            error = problems[0];
            return false;
        }
        settings = s;
        return true;
    }

    private static string? Text(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null) return null;
        return p.ValueKind == JsonValueKind.String ? p.GetString() : throw new FormatException($"settings: '{name}' must be a string");
    }

    private static double? Number(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null) return null;
        return p.ValueKind == JsonValueKind.Number && p.TryGetDouble(out var v) && double.IsFinite(v)
            ? v
            : throw new FormatException($"settings: '{name}' must be a number");
    }
}
