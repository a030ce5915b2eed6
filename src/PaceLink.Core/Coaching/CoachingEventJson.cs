using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PaceLink.Core.Coaching;

/// <summary>
/// The replay JSON contract for coaching events, one object per line:
/// <c>{"t":903.5,"kind":"phase","phase":"rep","set":1,"rep":1}</c>, <c>rep_complete</c> (set, rep,
/// split_s, distance_m), <c>halfway</c> (set, rep, split_s, distance_m: only when the halfway split is
/// switched on), <c>countdown</c> (remaining_s), <c>off_pace</c> (direction, projected_split_s),
/// <c>back_on_pace</c>, <c>sensor_lost</c> / <c>sensor_restored</c> (sensor). Times and splits have
/// millisecond resolution. Written by hand with <see cref="Utf8JsonWriter"/> so it needs no reflection.
/// </summary>
public static class CoachingEventJson
{
    /// <summary>One line of the contract (no newline).</summary>
    public static string Serialize(CoachingEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            WriteFields(w, e);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes "t", "kind" and the kind's fields into an object the caller has opened (the trace adds "type").</summary>
    public static void WriteFields(Utf8JsonWriter w, CoachingEvent e)
    {
        w.WriteNumber("t", Round(e.At.TotalSeconds, 3));
        w.WriteString("kind", Kind(e));
        switch (e)
        {
            case PhaseStarted p:
                w.WriteString("phase", p.Phase.ToJson());
                w.WriteNumber("set", p.Set);
                w.WriteNumber("rep", p.Rep);
                break;
            case RepCompleted r:
                w.WriteNumber("set", r.Set);
                w.WriteNumber("rep", r.Rep);
                w.WriteNumber("split_s", Round(r.SplitSeconds, 3));
                w.WriteNumber("distance_m", Round(r.DistanceMetres, 2));
                break;
            case HalfwaySplit h:
                w.WriteNumber("set", h.Set);
                w.WriteNumber("rep", h.Rep);
                w.WriteNumber("split_s", Round(h.SplitSeconds, 3));
                w.WriteNumber("distance_m", Round(h.DistanceMetres, 2));
                break;
            case Countdown c:
                w.WriteNumber("remaining_s", c.RemainingSeconds);
                break;
            case OffPace o:
                w.WriteString("direction", o.Direction.ToJson());
                w.WriteNumber("projected_split_s", Round(o.ProjectedSplitSeconds, 3));
                break;
            case BackOnPace:
                break;
            case SensorLost l:
                w.WriteString("sensor", l.Sensor);
                break;
            case SensorRestored s:
                w.WriteString("sensor", s.Sensor);
                break;
            default:
                throw new ArgumentException($"no JSON form for {e.GetType().Name}", nameof(e));
        }
    }

    /// <summary>The contract's "kind" of <paramref name="e"/>: "phase", "rep_complete", "countdown", ….</summary>
    public static string Kind(CoachingEvent e) => e switch
    {
        PhaseStarted => "phase",
        RepCompleted => "rep_complete",
        HalfwaySplit => "halfway",
        Countdown => "countdown",
        OffPace => "off_pace",
        BackOnPace => "back_on_pace",
        SensorLost => "sensor_lost",
        SensorRestored => "sensor_restored",
        _ => throw new ArgumentException($"no JSON form for {e.GetType().Name}", nameof(e)),
    };

    /// <summary>Parses one line of the contract; false with a reason for anything else. Unknown fields are ignored.</summary>
    public static bool TryParse(string line, out CoachingEvent? e, out string error)
    {
        e = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            return TryRead(doc.RootElement, out e, out error);
        }
        catch (JsonException ex)
        {
            error = $"not JSON: {ex.Message}";
            return false;
        }
    }

    /// <summary>Reads an event object (a replay line or a trace "event" record).</summary>
    public static bool TryRead(JsonElement o, out CoachingEvent? e, out string error)
    {
        e = null;
        error = "";
        if (o.ValueKind != JsonValueKind.Object) return Fail("an event must be a JSON object", out error);
        if (!Number(o, "t", out var t) || t < 0) return Fail("'t' (seconds, not negative) is missing", out error);
        var at = TimeSpan.FromTicks((long)Math.Round(t * TimeSpan.TicksPerSecond));
        var kind = Text(o, "kind");
        switch (kind)
        {
            case "phase":
                if (!PhaseNames.TryParse(Text(o, "phase"), out var phase)) return Fail("'phase' is not warmup, rep, rest, set_rest, cooldown or done", out error);
                e = new PhaseStarted(at, phase, Int(o, "set"), Int(o, "rep"));
                return true;
            case "rep_complete":
                if (!Number(o, "split_s", out var split) || !Number(o, "distance_m", out var metres)) return Fail("rep_complete needs split_s and distance_m", out error);
                e = new RepCompleted(at, Int(o, "set"), Int(o, "rep"), split, metres);
                return true;
            case "halfway":
                if (!Number(o, "split_s", out var half) || !Number(o, "distance_m", out var halfMetres)) return Fail("halfway needs split_s and distance_m", out error);
                e = new HalfwaySplit(at, Int(o, "set"), Int(o, "rep"), half, halfMetres);
                return true;
            case "countdown":
                if (!Number(o, "remaining_s", out var remaining)) return Fail("countdown needs remaining_s", out error);
                e = new Countdown(at, (int)remaining);
                return true;
            case "off_pace":
                var direction = Text(o, "direction");
                if (!PaceDirectionNames.TryParse(direction, out var way) || !Number(o, "projected_split_s", out var projected)) return Fail("off_pace needs direction slow|fast and projected_split_s", out error);
                e = new OffPace(at, way, projected);
                return true;
            case "back_on_pace":
                e = new BackOnPace(at);
                return true;
            case "sensor_lost" or "sensor_restored":
                if (Text(o, "sensor") is not { Length: > 0 } sensor) return Fail($"{kind} needs sensor", out error);
                e = kind == "sensor_lost" ? new SensorLost(at, sensor) : new SensorRestored(at, sensor);
                return true;
            default:
                return Fail($"unknown event kind '{kind}'", out error);
        }
    }

    private static double Round(double v, int digits) => double.IsFinite(v) ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : 0;

    private static bool Number(JsonElement o, string name, out double value)
    {
        value = 0;
        return o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetDouble(out value) && double.IsFinite(value);
    }

    private static int Int(JsonElement o, string name) =>
        Number(o, name, out var v) ? (int)Math.Round(v, MidpointRounding.AwayFromZero) : 0;

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
