using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PaceLink.Service.Hosting;
using PaceLink.Service.Security;

namespace PaceLink.Cli.Control;

/// <summary>
/// How the control verbs find the running service: --url, else PACELINK_URL, else the first of
/// Api:Urls in the user configuration, else http://127.0.0.1:5180. The token (needed when the
/// service listens beyond loopback) comes from PACELINK_TOKEN, --token-file, or the config folder.
/// </summary>
internal sealed class ServiceConnection
{
    public Option<string?> Url { get; } = new("--url") { Description = "Base URL of the running service (default: from the configuration, http://127.0.0.1:5180)." };

    public Option<string?> TokenFile { get; } = new("--token-file") { Description = "File holding the API token (default: the token in the config folder, or PACELINK_TOKEN)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(TokenFile);
    }

    public ServiceClient Open(ParseResult parse, HttpMessageHandler? handler = null)
    {
        var config = new ConfigurationBuilder()
            .AddJsonFile(ConfigPaths.UserConfigFile(), optional: true)
            .AddEnvironmentVariables("PACELINK__")
            .Build();
        var baseUrl = parse.GetValue(Url) ?? Environment.GetEnvironmentVariable("PACELINK_URL") ?? FirstUrl(config["Api:Urls"]);
        return new ServiceClient(ToClientUrl(baseUrl), Token(parse.GetValue(TokenFile), config), handler);
    }

    /// <summary>A listening URL as a client reaches it: 0.0.0.0 and [::] mean "this machine".</summary>
    public static Uri ToClientUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) throw new ServiceUnavailableException($"'{url}' is not a URL; write it like http://127.0.0.1:5180");
        var host = uri.Host switch { "0.0.0.0" or "*" or "+" => "127.0.0.1", "[::]" or "::" => "[::1]", _ => uri.Host };
        return new UriBuilder(uri) { Host = host, Path = "/" }.Uri;
    }

    private static string FirstUrl(string? urls) =>
        urls is null ? "http://127.0.0.1:5180" : EndpointCheck.Split(urls).FirstOrDefault() ?? "http://127.0.0.1:5180";

    private static string? Token(string? tokenFile, IConfiguration config)
    {
        if (Environment.GetEnvironmentVariable("PACELINK_TOKEN") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        var path = tokenFile ?? config["Api:TokenFile"];
        if (string.IsNullOrWhiteSpace(path)) path = Path.Combine(ConfigPaths.ConfigDir(), ConfigPaths.TokenFileName);
        try
        {
            return TokenStore.TryRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable token (the service runs as another user): the request goes without it and a 401 explains.
            return null;
        }
    }
}
