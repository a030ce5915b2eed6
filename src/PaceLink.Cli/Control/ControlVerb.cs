using System.CommandLine;
using System.Text.Json;

namespace PaceLink.Cli.Control;

/// <summary>The shape every control verb shares: connect, send one request, print the outcome.</summary>
internal static class ControlVerb
{
    /// <summary>Exit code when the service is not running or refused the request.</summary>
    public const int Failed = 3;

    /// <summary>A verb that POSTs to <paramref name="path"/> (the athlete's own with --athlete) and prints the status it gets back.</summary>
    public static Command Post(string name, string description, string path, CliOutput io)
    {
        var connection = new ServiceConnection();
        var athlete = new AthleteOption();
        var command = new Command(name, description);
        athlete.AddTo(command);
        connection.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(io, connection, parse, async c =>
        {
            var (who, live) = await athlete.ResolveAsync(parse, c, ct);
            if (who is null && live.Count > 1 && !await SingleLiveAsync(c, ct)) throw new ServiceUnavailableException(AthleteOption.Ambiguous(live));
            return await c.PostAsync(AthleteOption.PathFor(who, path), null, ct);
        }));
        return command;
    }

    private static async Task<bool> SingleLiveAsync(ServiceClient client, CancellationToken ct) =>
        (await client.GetAsync("api/status", ct)).GetProperty("state").GetString() is "running" or "paused";

    /// <param name="unit">Paces in this unit; null for the session's own.</param>
    public static async Task<int> RunAsync(CliOutput io, ServiceConnection connection, ParseResult parse, Func<ServiceClient, Task<JsonElement>> call, bool json = false,
        PaceLink.Core.Text.DistanceUnit? unit = null)
    {
        try
        {
            using var client = connection.Open(parse);
            var status = await call(client);
            await io.Out.WriteLineAsync(json ? status.GetRawText() : StatusText.Format(status, unit));
            return 0;
        }
        catch (ServiceUnavailableException e)
        {
            await io.Error.WriteLineAsync($"pacelink: {e.Message}");
            return Failed;
        }
    }
}
