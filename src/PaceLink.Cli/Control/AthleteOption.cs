using System.CommandLine;
using System.Text.Json;
using PaceLink.Service.Coach;

namespace PaceLink.Cli.Control;

/// <summary>
/// --athlete NAME on the control verbs: which athlete of a group the verb is for. Without it the
/// verb goes to the service's unnamed session, as it always did, unless that one is idle and
/// exactly one named athlete is live; with several live, it asks for a name.
/// </summary>
internal sealed class AthleteOption
{
    public Option<string?> Name { get; } = new("--athlete") { Description = "The athlete of a group this is for (see docs/coach.md); not needed when only one session is live." };

    public void AddTo(Command command) => command.Options.Add(Name);

    /// <summary>The athlete the verb is for (null: the unnamed session) and, when none was named, every live athlete.</summary>
    public async Task<(string? Athlete, IReadOnlyList<string> Live)> ResolveAsync(ParseResult parse, ServiceClient client, CancellationToken ct)
    {
        if (parse.GetValue(Name) is { } named)
        {
            if (AthleteName.Problem(named) is { } problem) throw new ServiceUnavailableException("--athlete: " + problem);
            return (named, [named]);
        }
        var live = await LiveAsync(client, ct);
        if (live.Count == 0) return (null, live);
        var single = await client.GetAsync("api/status", ct);
        if (single.GetProperty("state").GetString() is "running" or "paused") return (null, live);
        return live.Count == 1 ? (live[0], live) : (null, live);
    }

    /// <summary>"api/lap" for the unnamed session, "api/athletes/NAME/lap" for an athlete.</summary>
    public static string PathFor(string? athlete, string path) =>
        athlete is null ? path : "api/athletes/" + Uri.EscapeDataString(athlete) + "/" + path["api/".Length..];

    /// <summary>The sentence for a verb that needs a name because several sessions are live.</summary>
    public static string Ambiguous(IReadOnlyList<string> live) =>
        $"{live.Count} athletes are live ({string.Join(", ", live)}); name one with --athlete";

    /// <summary>The named athletes of this service (not other hosts') with a session running or paused.</summary>
    private static async Task<IReadOnlyList<string>> LiveAsync(ServiceClient client, CancellationToken ct)
    {
        JsonElement athletes;
        try
        {
            athletes = await client.GetAsync("api/athletes", ct);
        }
        catch (ServiceUnavailableException e) when (e.Message.StartsWith("no such endpoint", StringComparison.Ordinal))
        {
            // A service from before groups: only its unnamed session exists.
            return [];
        }
        if (athletes.ValueKind != JsonValueKind.Array) return [];
        return [.. athletes.EnumerateArray()
            .Where(a => a.GetProperty("local").GetBoolean() && a.GetProperty("state").GetString() is "running" or "paused")
            .Select(a => a.GetProperty("name").GetString()!)];
    }
}
