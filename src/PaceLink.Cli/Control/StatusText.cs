using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Units;

namespace PaceLink.Cli.Control;

/// <summary>The service's status JSON as one line a runner reads at a glance.</summary>
internal static class StatusText
{
    private static readonly Dictionary<string, string> PhaseNames = new()
    {
        ["warmup"] = "warm-up", ["rep"] = "rep", ["rest"] = "rest", ["set_rest"] = "set rest", ["cooldown"] = "cool-down", ["done"] = "done",
    };

    /// <summary>The line; paces in <paramref name="unit"/>, else in the session's own units ("units"), else per km.</summary>
    public static string Format(JsonElement status, DistanceUnit? unit = null)
    {
        // Several athletes of a group: a line each, after their name.
        if (status.ValueKind == JsonValueKind.Array) return string.Join(Environment.NewLine, status.EnumerateArray().Select(a => Format(a, unit)));
        if (status.ValueKind != JsonValueKind.Object) return "ok";
        // An athlete's status names them; an entry of GET /api/athletes has "name".
        if ((Text(status, "athlete") ?? Text(status, "name")) is { } athlete) return athlete + ": " + Line(status, unit);
        return Line(status, unit);
    }

    private static string Line(JsonElement status, DistanceUnit? unit)
    {
        var units = unit ?? (DistanceUnits.TryParse(Text(status, "units"), out var sessionUnits) ? sessionUnits : DistanceUnit.Kilometres);
        var state = Text(status, "state") ?? "unknown";
        var parts = new List<string> { state };
        if (Text(status, "session") is { } session) parts.Add($"session {session}");
        if (status.TryGetProperty("snapshot", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            var phase = Text(s, "phase") ?? "";
            parts.Add(PhaseNames.GetValueOrDefault(phase, phase));
            if (Where(s, phase, Steps(status)) is { } where) parts.Add(where);
            if (phase == "rep" && Number(s, "rep_distance_m") is { } done && Number(s, "rep_length_m") is { } length)
                parts.Add($"{done:0} of {length:0} m done");
            if (phase != "rep" && Number(s, "remaining_s") is { } left) parts.Add($"{Clock.Seconds(left)} left");
            if (Number(s, "pace_s_per_km") is { } pace)
                parts.Add($"pace {PaceText.Written(Pace.FromSecondsPerKm(pace), units)}"
                    + (Number(s, "target_pace_s_per_km") is { } t ? $" (target {PaceText.Bare(Pace.FromSecondsPerKm(t), units)})" : ""));
            if (Number(s, "hr_bpm") is { } hr) parts.Add($"HR {hr:0}");
        }
        if (Number(status, "reps_done") is { } reps) parts.Add(reps == 1 ? "1 rep done" : $"{reps:0} reps done");
        if (Text(status, "trace") is { } trace) parts.Add($"trace {trace}");
        if (Text(status, "interrupted") is { } interrupted) parts.Add(interrupted);
        return string.Join(" — ", parts);
    }

    /// <summary>
    /// A rep names its place in the set; a break names the rep that comes next (what the runner gets
    /// ready for), or without a plan what it follows — never the "rep 0" a set rest carries.
    /// </summary>
    private static string? Where(JsonElement s, string phase, IReadOnlyList<JsonElement> steps)
    {
        var set = (int)(Number(s, "set") ?? 0);
        var rep = (int)(Number(s, "rep") ?? 0);
        var index = (int)(Number(s, "step") ?? -1);
        int RepsIn(int n) => steps.Count(p => Text(p, "phase") == "rep" && (int)(Number(p, "set") ?? 0) == n);
        switch (phase)
        {
            case "rep" when set > 0:
                return StepText.Rep(set, rep, RepsIn(set));
            case "warmup" or "rest" or "set_rest" or "cooldown" when index >= 0 && index + 1 < steps.Count:
                var next = steps[index + 1];
                if (Text(next, "phase") != "rep") return null;
                var nextSet = (int)(Number(next, "set") ?? 0);
                return StepText.Next(Phase.Rep, nextSet, (int)(Number(next, "rep") ?? 0), RepsIn(nextSet));
            case "rest" when set > 0:
                return $"after {StepText.Rep(set, rep)}";
            case "set_rest" when set > 0:
                return $"after set {set}";
            default:
                return null;
        }
    }

    private static IReadOnlyList<JsonElement> Steps(JsonElement status) =>
        status.TryGetProperty("plan", out var plan) && plan.ValueKind == JsonValueKind.Object
        && plan.TryGetProperty("steps", out var steps) && steps.ValueKind == JsonValueKind.Array
            ? [.. steps.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)]
            : [];

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
