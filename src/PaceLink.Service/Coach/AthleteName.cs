using System.Text.RegularExpressions;

namespace PaceLink.Service.Coach;

/// <summary>
/// What an athlete may be called: letters, digits, '-' and '_', at most 32, starting with a letter
/// or digit. The name is a path segment of the API, a folder of the config dir and an MQTT topic
/// level, so it never holds '/', '+', '#', spaces or dots.
/// </summary>
public static partial class AthleteName
{
    /// <summary>Names the API uses for its own paths under /api/athletes/.</summary>
    private static readonly string[] Reserved = ["events", "start"];

    /// <summary>Null when <paramref name="name"/> is usable; else the sentence saying why not.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name) || !Pattern().IsMatch(name))
            return $"'{name}' is not an athlete name; use up to 32 letters, digits, - and _ (like ana or group-b_2)";
        if (Reserved.Contains(name, StringComparer.OrdinalIgnoreCase))
            return $"'{name}' is a word the API keeps for itself; choose another athlete name";
        return null;
    }

    public static bool IsValid(string? name) => Problem(name) is null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")]
    private static partial Regex Pattern();
}
