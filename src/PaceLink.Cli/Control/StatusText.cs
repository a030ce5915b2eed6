using System.Text.Json;
using PaceLink.Core.Text;

namespace PaceLink.Cli.Control;

/// <summary>The service's status JSON as one line a runner reads at a glance.</summary>
public static class StatusText
{
    private static readonly Dictionary<string, string> PhaseNames = new()
    {
        ["warmup"] = "warm-up", ["rep"] = "rep", ["rest"] = "rest", ["set_rest"] = "set rest", ["cooldown"] = "cool-down", ["done"] = "done",
    };

    public static string Format(JsonElement status)
    {
        if (status.ValueKind != JsonValueKind.Object) return "ok";
        var state = Text(status, "state") ?? "unknown";
        var parts = new List<string> { state };
        if (Text(status, "session") is { } session) parts.Add($"session {session}");
        if (status.TryGetProperty("snapshot", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            var phase = Text(s, "phase") ?? "";
            parts.Add(PhaseNames.GetValueOrDefault(phase, phase));
            if (Number(s, "set") is > 0 and var set) parts.Add($"set {set} rep {Number(s, "rep")}");
            if (phase == "rep" && Number(s, "rep_distance_m") is { } done && Number(s, "rep_length_m") is { } length)
                parts.Add($"{done:0} of {length:0} m done");
            if (phase != "rep" && Number(s, "remaining_s") is { } left) parts.Add($"{Clock.Seconds(left)} left");
            if (Number(s, "pace_s_per_km") is { } pace)
                parts.Add($"pace {Clock.Seconds(pace)}/km" + (Number(s, "target_pace_s_per_km") is { } t ? $" (target {Clock.Seconds(t)})" : ""));
            if (Number(s, "hr_bpm") is { } hr) parts.Add($"HR {hr:0}");
        }
        if (Number(status, "reps_done") is { } reps) parts.Add(reps == 1 ? "1 rep done" : $"{reps:0} reps done");
        if (Text(status, "trace") is { } trace) parts.Add($"trace {trace}");
        if (Text(status, "interrupted") is { } interrupted) parts.Add(interrupted);
        return string.Join(" — ", parts);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
