using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace PaceLink.Cli.Control;

/// <summary>A failure to talk to the service, as one sentence for the user.</summary>
internal sealed class ServiceUnavailableException(string message) : Exception(message);

/// <summary>Talks to a running `pacelink serve` over its HTTP API.</summary>
internal sealed class ServiceClient : IDisposable
{
    private readonly HttpClient _http;

    public ServiceClient(Uri baseUrl, string? token, HttpMessageHandler? handler = null)
    {
        BaseUrl = baseUrl;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = baseUrl;
        _http.Timeout = TimeSpan.FromSeconds(10);
        if (token is not null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Uri BaseUrl { get; }

    public Task<JsonElement> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<JsonElement> PostAsync(string path, string? json, CancellationToken ct) => SendAsync(HttpMethod.Post, path, json, ct);

    /// <summary>The response's JSON; throws <see cref="ServiceUnavailableException"/> with the service's own error sentence otherwise.</summary>
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        // The service takes a POST only as JSON (a cross-site page cannot send that without asking first).
        if (json is not null || method == HttpMethod.Post) request.Content = new StringContent(json ?? "{}", Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException || e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new ServiceUnavailableException($"no PaceLink service is running at {BaseUrl} ({e.Message}); start one with `pacelink serve` or `systemctl start pacelink`");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ServiceUnavailableException($"the PaceLink service at {BaseUrl} did not answer within {_http.Timeout.TotalSeconds:0} s");
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            var body = TryParse(text);
            if (response.IsSuccessStatusCode) return body ?? default;
            var error = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("error", out var e) ? e.GetString() : text;
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                error += "; give the token with PACELINK_TOKEN or --token-file";
            throw new ServiceUnavailableException(error ?? $"HTTP {(int)response.StatusCode}");
        }
    }

    private static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}
