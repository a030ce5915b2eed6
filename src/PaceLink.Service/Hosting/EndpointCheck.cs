using System.Net;
using System.Net.Sockets;

namespace PaceLink.Service.Hosting;

/// <summary>Reads Api:Urls: each must be http://ADDRESS:PORT; tells whether all are loopback and whether a port is taken.</summary>
public static class EndpointCheck
{
    /// <summary>The configured URLs, split and trimmed.</summary>
    public static IReadOnlyList<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when every URL binds a loopback address (127.0.0.0/8, ::1, localhost).</summary>
    public static bool AllLoopback(string urls) => Split(urls).All(u =>
        Uri.TryCreate(u, UriKind.Absolute, out var uri) && IsLoopbackHost(uri.Host));

    public static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    public static IEnumerable<ConfigError> Validate(ApiOptions api)
    {
        var urls = Split(api.Urls ?? "");
        if (urls.Count == 0)
        {
            yield return new ConfigError("Api:Urls", "no URL to listen on; the default is http://127.0.0.1:5180");
            yield break;
        }
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "http" || uri.AbsolutePath != "/")
            {
                yield return new ConfigError("Api:Urls", $"'{url}' is not a URL to listen on; write it like http://127.0.0.1:5180");
                continue;
            }
            if (PortInUse(uri) is { } problem) yield return new ConfigError("Api:Urls", problem);
        }
        if (api.MaxBodyBytes is < 256 or > 1024 * 1024)
            yield return new ConfigError("Api:MaxBodyBytes", "must be between 256 and 1048576 bytes");
        if (api.MaxEventClients is < 1 or > 1024)
            yield return new ConfigError("Api:MaxEventClients", "must be between 1 and 1024 live streams");
    }

    /// <summary>The sentence users see when Kestrel cannot bind.</summary>
    public static string PortInUseMessage(string address, int port) =>
        $"port {port} on {address} is already in use (is another `pacelink serve` running?); choose another with --urls http://{address}:PORT";

    private static string? PortInUse(Uri uri)
    {
        // Port 0 asks the system for a free port: nothing to check.
        if (uri.Port == 0) return null;
        var address = uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : null;
        if (address is null) return null;
        try
        {
            var probe = new TcpListener(address, uri.Port);
            probe.Start();
            probe.Stop();
            return null;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return PortInUseMessage(uri.Host, uri.Port);
        }
        catch (SocketException e)
        {
            return $"cannot listen on {uri.Host}:{uri.Port} ({e.Message})";
        }
    }
}
