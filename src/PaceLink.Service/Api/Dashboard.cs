using Microsoft.AspNetCore.Http;

namespace PaceLink.Service.Api;

/// <summary>The single-page dashboard, embedded in the assembly: HTML, CSS and script in one file, no CDN.</summary>
internal static class Dashboard
{
    private static readonly Lazy<byte[]> Page = new(() => Resource("PaceLink.Service.Api.dashboard.html"));

    /// <summary>The coach board: a tile per athlete and the split board (docs/coach.md).</summary>
    private static readonly Lazy<byte[]> CoachPage = new(() => Resource("PaceLink.Service.Api.coach.html"));

    private static byte[] Resource(string name)
    {
        using var stream = typeof(Dashboard).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("the dashboard resource is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static IResult Serve(HttpResponse response) => Send(response, Page.Value);

    public static IResult ServeCoach(HttpResponse response) => Send(response, CoachPage.Value);

    private static IResult Send(HttpResponse response, byte[] page)
    {
        // The page reads no secrets, but stop it being framed by another site and cached with a token in its URL.
        response.Headers["X-Frame-Options"] = "DENY";
        response.Headers.CacheControl = "no-store";
        response.Headers["Content-Security-Policy"] = "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
        return TypedResults.Bytes(page, "text/html; charset=utf-8");
    }
}
