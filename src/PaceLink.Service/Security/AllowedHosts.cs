using System.Net;
using PaceLink.Service.Hosting;

namespace PaceLink.Service.Security;

/// <summary>
/// The names a request's Host may carry: the addresses the service listens on, localhost, and
/// Api:AllowedHosts. A DNS-rebinding page reaches 127.0.0.1 under its own name, which is not here.
/// </summary>
internal sealed class AllowedHosts
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost" };
    private readonly bool _anyAddress;

    public AllowedHosts(ApiOptions api)
    {
        foreach (var url in EndpointCheck.Split(api.Urls))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) continue;
            var host = uri.Host.Trim('[', ']');
            if (IPAddress.TryParse(host, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))) _anyAddress = true;
            _names.Add(host);
            // Loopback listeners are also reached as the other loopback spelling.
            if (EndpointCheck.IsLoopbackHost(host))
            {
                _names.Add("127.0.0.1");
                _names.Add("::1");
            }
        }
        foreach (var name in api.AllowedHosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            _names.Add(name);
    }

    /// <summary>
    /// True for a Host header (with or without port) this service answers to. On a wildcard listener
    /// any address literal is fine: rebinding always brings a name, never an address.
    /// </summary>
    public bool Allows(string hostHeader)
    {
        var host = HostName(hostHeader);
        if (host.Length == 0) return false;
        if (_names.Contains(host)) return true;
        return _anyAddress && IPAddress.TryParse(host, out _);
    }

    /// <summary>"name:port" or "[v6]:port" without the port and brackets.</summary>
    public static string HostName(string hostHeader)
    {
        var value = hostHeader.Trim();
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? "" : value[1..close];
        }
        var colon = value.LastIndexOf(':');
        return (colon < 0 ? value : value[..colon]).TrimEnd('.');
    }
}
