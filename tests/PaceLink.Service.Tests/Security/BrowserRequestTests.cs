using System.Net;
using System.Text;
using System.Text.Json;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Security;

/// <summary>
/// Requests shaped as a web page on another site can make a browser send to 127.0.0.1: "simple"
/// requests that are never preflighted, a foreign Origin, and the foreign Host of a DNS rebinding.
/// </summary>
public sealed class BrowserRequestTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(args: ["--Api:AllowedHosts=pacelink.lan"]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<(HttpStatusCode Status, string Body)> Send(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _service.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if (response.Content.Headers.ContentType?.MediaType == "text/event-stream") return (response.StatusCode, "");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private static string Error(string body) => JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;

    private static HttpRequestMessage Post(string path, HttpContent? content, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private string Port => _service.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("/api/status")]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/api/reps")]
    public async Task ARebindingPagesHostIsNotServed(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = $"evil.example:{Port}";
        var (status, body) = await Send(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, status);
        Assert.Equal("this service answers only to the addresses it listens on, localhost and the names in Api:AllowedHosts", Error(body));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("pacelink.lan")]
    public async Task ItsOwnAddressLocalhostAndAllowedNamesAreServed(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        request.Headers.Host = $"{host}:{Port}";
        Assert.Equal(HttpStatusCode.OK, (await Send(request)).Status);
    }

    [Fact]
    public async Task AStartSentAsTextPlainIsRefused()
    {
        var (status, body) = await Send(Post("/api/session/start", new StringContent("""{"simulate":true}""", Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("send the request with Content-Type: application/json", Error(body));
        Assert.Null(_service.Starter.Last);
    }

    [Fact]
    public async Task AStartWithAJsonBodyButNoContentTypeIsRefused()
    {
        // fetch(url, {method: "POST", mode: "no-cors", body: new Blob([json])}) sends no content type.
        var (status, _) = await Send(Post("/api/session/start", new ByteArrayContent(Encoding.UTF8.GetBytes("""{"simulate":true}"""))));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Null(_service.Starter.Last);
    }

    [Theory]
    [InlineData("/api/lap")]
    [InlineData("/api/pause")]
    [InlineData("/api/resume")]
    [InlineData("/api/stop")]
    public async Task ButtonsPressedByAFormPostAreRefused(string path)
    {
        Assert.Equal(HttpStatusCode.Created, (await Send(Post("/api/session/start", Json("{}")))).Status);
        var form = new FormUrlEncodedContent([new("x", "1")]);
        var (status, _) = await Send(Post(path, form));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        var bare = await Send(Post(path, null));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, bare.Status);
        Assert.Empty(_service.Starter.Last!.Commands);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData("http://127.0.0.1:1")]
    public async Task AStateChangeFromAnotherOriginIsForbidden(string origin)
    {
        var (status, body) = await Send(Post("/api/session/start", Json("{}"), origin));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("requests from another site's page are refused; use the dashboard at this address or `pacelink`", Error(body));
        Assert.Null(_service.Starter.Last);
    }

    [Fact]
    public async Task TheDashboardsOwnOriginMayActWithJson()
    {
        var origin = $"http://127.0.0.1:{Port}";
        Assert.Equal(HttpStatusCode.Created, (await Send(Post("/api/session/start", Json("{}"), origin))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Send(Post("/api/lap", Json("{}"), origin))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Send(Post("/api/pause", Json(""), origin))).Status);
    }
}
