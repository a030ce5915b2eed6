using Microsoft.AspNetCore.Http;

namespace PaceLink.Service.Security;

/// <summary>
/// Guards /api when the service listens beyond loopback. The token comes as
/// <c>Authorization: Bearer …</c>, or as <c>?token=…</c> for the live stream only (EventSource cannot send headers).
/// The dashboard page itself holds no data and stays public so a phone can load it and be given the token.
/// </summary>
public sealed class TokenGate(string? requiredToken)
{
    /// <summary>True when every API request must carry the token.</summary>
    public bool Enabled => requiredToken is not null;

    public bool Allows(HttpRequest request)
    {
        if (requiredToken is null || !request.Path.StartsWithSegments("/api")) return true;
        return TokenStore.Matches(requiredToken, Presented(request));
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        // Only the live stream: an address with a token ends up in history and proxy logs, so the
        // query is accepted just where EventSource leaves no other way.
        if (!request.Path.Equals("/api/events", StringComparison.Ordinal)) return null;
        var query = request.Query["token"].ToString();
        return query.Length > 0 ? query : null;
    }
}
