using System.Text.Json;

namespace PaceLink.Service.Coach;

/// <summary>
/// The small additions a group needs on the service's own JSON: a named athlete's messages carry
/// "athlete" and "host" (and a snapshot the athlete's heart-rate maximum and tolerance), and the
/// coach stream wraps each message as {"athlete", "host", "data"}. Adding fields in front keeps
/// every existing field where a reader of the single-athlete contract expects it.
/// </summary>
internal static class CoachJson
{
    /// <summary><paramref name="json"/> with the fields put first; an array or other value comes back unchanged.</summary>
    public static string Tag(string json, params (string Name, object? Value)[] fields)
    {
        var body = json.TrimStart();
        if (!body.StartsWith('{')) return json;
        var rest = body[1..].TrimStart();
        var head = string.Join(",", fields.Where(f => f.Value is not null).Select(f => Quote(f.Name) + ":" + Value(f.Value!)));
        if (head.Length == 0) return json;
        return "{" + head + (rest.StartsWith('}') ? "" : ",") + rest;
    }

    /// <summary>One message of the coach stream: whose it is, from which host, and the message itself.</summary>
    public static string Wrap(string athlete, string? host, string json) =>
        "{\"athlete\":" + Quote(athlete) + ",\"host\":" + (host is null ? "null" : Quote(host)) + ",\"data\":" + json + "}";

    private static string Value(object value) => value switch
    {
        string s => Quote(s),
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string s) => JsonSerializer.Serialize(s, CoachJsonContext.Default.String);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class CoachJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
