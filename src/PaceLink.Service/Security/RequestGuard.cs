using Microsoft.AspNetCore.Http;

namespace PaceLink.Service.Security;

/// <summary>
/// The checks every request passes before an endpoint sees it (see docs/service.md, "Security"):
/// a Host this service answers to (stops DNS rebinding), and for a POST a JSON content type (a
/// cross-site page can only send one after a CORS preflight, which this service never grants) and
/// no Origin but the service's own.
/// </summary>
internal sealed class RequestGuard(AllowedHosts hosts)
{
    public const string ForeignHost = "this service answers only to the addresses it listens on, localhost and the names in Api:AllowedHosts";
    public const string NotJson = "send the request with Content-Type: application/json";
    public const string ForeignOrigin = "requests from another site's page are refused; use the dashboard at this address or `pacelink`";

    /// <summary>Null when the request's Host is served; else the status and the sentence to answer with. Runs first, for every path.</summary>
    public (int Status, string Message)? CheckHost(HttpRequest request) =>
        hosts.Allows(request.Host.Value ?? "") ? null : (StatusCodes.Status421MisdirectedRequest, ForeignHost);

    /// <summary>Null when a request may change state (or does not try to); runs after the token check, so a missing token is named first.</summary>
    public (int Status, string Message)? CheckStateChange(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return null;
        if (request.Headers.Origin is { Count: > 0 } origin && !SameOrigin(origin.ToString(), request))
            return (StatusCodes.Status403Forbidden, ForeignOrigin);
        if (!IsJson(request.ContentType)) return (StatusCodes.Status415UnsupportedMediaType, NotJson);
        return null;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The dashboard's fetch sends Origin http://HOST as the browser addressed this service; "null" never matches.</summary>
    private static bool SameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == request.Scheme
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && uri.AbsolutePath == "/";
}
