using Microsoft.AspNetCore.Http;

namespace PaceLink.Service.Api;

/// <summary>The single-page dashboard, embedded in the assembly: HTML, CSS and script in one file, no CDN.</summary>
public static class Dashboard
{
    private static readonly Lazy<byte[]> Page = new(() =>
    {
        using var stream = typeof(Dashboard).Assembly.GetManifestResourceStream("PaceLink.Service.Api.dashboard.html")
            ?? throw new InvalidOperationException("the dashboard resource is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Serve(HttpResponse response)
    {
        // The page reads no secrets, but stop it being framed by another site and cached with a token in its URL.
        response.Headers["X-Frame-Options"] = "DENY";
        response.Headers.CacheControl = "no-store";
        response.Headers["Content-Security-Policy"] = "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
        return TypedResults.Bytes(Page.Value, "text/html; charset=utf-8");
    }
}
