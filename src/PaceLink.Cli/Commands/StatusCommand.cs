using System.CommandLine;
using PaceLink.Cli.Control;
using PaceLink.Cli.Options;
using PaceLink.Core.Text;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink status`: what the running service is doing.</summary>
internal static class StatusCommand
{
    public static Command Build(CliOutput io)
    {
        var connection = new ServiceConnection();
        var json = new Option<bool>("--json") { Description = "Print the service's status JSON as is." };
        var units = new UnitsOption();
        var athlete = new AthleteOption();
        var command = new Command("status", "Show the running service's session: phase, rep, pace, heart rate (each athlete's, when several are live).") { json };
        units.AddTo(command);
        athlete.AddTo(command);
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            // Without --units the line follows the session's own units, as the dashboard does.
            if (parse.GetValue(units.Units) is null) return await ControlVerb.RunAsync(io, connection, parse, c => StatusAsync(c, parse, athlete, ct), parse.GetValue(json));
            if (!units.TryResolve(parse, DistanceUnit.Kilometres, out var unit, out var error))
            {
                await io.Error.WriteLineAsync($"pacelink: {error}");
                return 1;
            }
            return await ControlVerb.RunAsync(io, connection, parse, c => StatusAsync(c, parse, athlete, ct), parse.GetValue(json), unit);
        });
        return command;
    }

    /// <summary>The status of the session meant; with several athletes live and none named, a JSON array of theirs.</summary>
    private static async Task<System.Text.Json.JsonElement> StatusAsync(ServiceClient client, System.CommandLine.ParseResult parse, AthleteOption athlete, CancellationToken ct)
    {
        var (who, live) = await athlete.ResolveAsync(parse, client, ct);
        if (who is not null || live.Count <= 1) return await client.GetAsync(AthleteOption.PathFor(who, "api/status"), ct);
        var single = await client.GetAsync("api/status", ct);
        if (single.GetProperty("state").GetString() is "running" or "paused") return single;
        var all = new System.Text.Json.Nodes.JsonArray();
        foreach (var name in live) all.Add(System.Text.Json.Nodes.JsonNode.Parse((await client.GetAsync(AthleteOption.PathFor(name, "api/status"), ct)).GetRawText()));
        return System.Text.Json.JsonDocument.Parse(all.ToJsonString()).RootElement.Clone();
    }
}
