using Microsoft.AspNetCore.Http;

namespace PaceLink.Service.Security;

/// <summary>
/// Guards /api when the service listens beyond loopback. The token comes as
/// <c>Authorization: Bearer …</c>, or as <c>?token=…</c> for the live stream only (EventSource cannot send headers).
/// The dashboard page itself holds no data and stays public so a phone can load it and be given the token.
/// </summary>
internal sealed class TokenGate(string? requiredToken)
{
    /// <summary>True when every API request must carry the token.</summary>
    public bool Enabled => requiredToken is not null;

    public bool Allows(HttpRequest request)
    {
        if (requiredToken is null || !request.Path.StartsWithSegments("/api")) return true;
        return TokenStore.Matches(requiredToken, Presented(request));
    }

    /// <summary>/api/events, the coach board's /api/athletes/events and an athlete's /api/athletes/NAME/events.</summary>
    private static bool IsLiveStream(PathString path)
    {
        var value = path.Value ?? "";
        if (value == "/api/events" || value == "/api/athletes/events") return true;
        var parts = value.Split('/');
        return parts is ["", "api", "athletes", { Length: > 0 }, "events"];
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        // Only the live stream: an address with a token ends up in history and proxy logs, so the
        // query is accepted just where EventSource leaves no other way.
        if (!IsLiveStream(request.Path)) return null;
        var query = request.Query["token"].ToString();
        return query.Length > 0 ? query : null;
    }
}
