using System.Net;
using System.Net.Http.Headers;
using PaceLink.Service.Security;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Security;

public sealed class TokenTests
{
    [Fact]
    public void TheTokenIsCreatedOnceReadableOnlyByItsOwner()
    {
        using var folder = new TempFolder("token");
        var path = folder.File("config/token");
        var first = TokenStore.LoadOrCreate(path);
        Assert.Equal(43, first.Length);   // 32 random bytes, base64url
        Assert.Equal(first, TokenStore.LoadOrCreate(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void OnlyTheExactTokenMatches()
    {
        Assert.True(TokenStore.Matches("s3cret-token-value", "s3cret-token-value"));
        Assert.False(TokenStore.Matches("s3cret-token-value", "s3cret-token-valuE"));
        Assert.False(TokenStore.Matches("s3cret-token-value", "s3cret"));
        Assert.False(TokenStore.Matches("s3cret-token-value", null));
    }

    [Fact]
    public async Task OnLoopbackNoTokenIsNeeded()
    {
        await using var service = await TestService.StartAsync();
        Assert.False(File.Exists(Path.Combine(service.ConfigDir, "token")));
        using var response = await service.Http.GetAsync("/api/status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OffLoopbackRequestsWithoutTheTokenGet401()
    {
        await using var service = await TestService.StartAsync("http://0.0.0.0:0");
        var token = File.ReadAllText(Path.Combine(service.ConfigDir, "token"));

        using var without = await service.Http.GetAsync("/api/status");
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Contains("needs its token", await without.Content.ReadAsStringAsync());

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/lap") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token[..^1] + "x") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Http.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/status") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.OK, (await service.Http.SendAsync(right)).StatusCode);

        // EventSource cannot send headers: the stream takes the token in the query.
        using var stream = await service.Http.GetAsync($"/api/events?token={token}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);

        // The page itself holds nothing secret and stays reachable, so a phone can load it.
        Assert.Equal(HttpStatusCode.OK, (await service.Http.GetAsync("/")).StatusCode);
        Assert.DoesNotContain(token, service.Log.ToString());
    }

    [Fact]
    public async Task TheTokenInTheQueryOpensOnlyTheLiveStream()
    {
        await using var service = await TestService.StartAsync("http://0.0.0.0:0");
        var token = File.ReadAllText(Path.Combine(service.ConfigDir, "token"));
        // Addresses end up in browser history and proxy logs: only EventSource, which cannot send headers, may use one.
        using var status = await service.Http.GetAsync($"/api/status?token={token}");
        Assert.Equal(HttpStatusCode.Unauthorized, status.StatusCode);
        using var lap = await service.Http.PostAsync($"/api/lap?token={token}", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, lap.StatusCode);
        using var stream = await service.Http.GetAsync($"/api/events?token={token}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
    }
}
