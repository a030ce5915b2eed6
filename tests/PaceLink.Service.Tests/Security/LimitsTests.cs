using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Security;

/// <summary>What one local client can take from the service: open streams, stalled streams, big bodies.</summary>
public sealed class LimitsTests
{
    private static string Error(string body) => JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;

    [Fact]
    public async Task LiveStreamsPastTheCapGet503()
    {
        await using var service = await TestService.StartAsync(args: ["--Api:MaxEventClients=2"]);
        using var first = await service.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        using var second = await service.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var third = await service.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
        Assert.Equal("2 live streams are open, the most Api:MaxEventClients allows; close a dashboard and retry", Error(await third.Content.ReadAsStringAsync()));

        // A stream that ends gives its place back.
        first.Dispose();
        var feed = service.App.Services.GetRequiredService<LiveBoard>().Feed;
        await Eventually.TrueAsync(() => feed.Subscribers == 1, "the closed stream is let go");
        using var again = await service.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task AClientThatStopsReadingForThirtySecondsIsDropped()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var service = await TestService.StartAsync(time: time);
        var feed = service.App.Services.GetRequiredService<LiveBoard>().Feed;

        // A socket that asks for the stream and never reads a byte.
        using var stalled = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await stalled.ConnectAsync(IPAddress.Loopback, service.BaseUrl.Port);
        await stalled.SendAsync(Encoding.ASCII.GetBytes($"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:{service.BaseUrl.Port}\r\n\r\n"));
        await Eventually.TrueAsync(() => feed.Subscribers == 1, "the stream has subscribed");

        // Keep publishing and let 31 s pass each time: while the writes go through nothing happens;
        // once the socket's buffers are full a write waits, and the next 31 s drop the client.
        var big = new FeedItem("snapshot", "\"" + new string('x', 64 * 1024) + "\"");
        await Eventually.TrueAsync(() =>
        {
            feed.Publish(big);
            time.Advance(TimeSpan.FromSeconds(31));
            return feed.Subscribers == 0;
        }, "the stalled client is dropped", TimeSpan.FromSeconds(30));
        Assert.Contains("stopped reading for 30 s", service.Log.ToString());
    }

    [Fact]
    public async Task ABodyOverTheCapGets413()
    {
        await using var service = await TestService.StartAsync(args: ["--Api:MaxBodyBytes=1024"]);
        var huge = "{\"workout\":\"" + new string('x', 2000) + "\"}";
        using var declared = await service.Http.PostAsync("/api/session/start", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal("the body is larger than 1024 bytes", Error(await declared.Content.ReadAsStringAsync()));

        // Without a Content-Length (chunked), the cap holds while reading.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        chunked.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session/start") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await service.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
    }
}
