using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace PaceLink.Service.Alerts.Webhook;

/// <summary>
/// One webhook URL with its own bounded queue and worker, so a slow or dead endpoint delays only
/// itself. Each body gets a timeout per attempt and a few retries with doubling backoff; when the
/// queue is full the oldest body is dropped (a stale "go" is of no use to a watch).
/// </summary>
internal sealed class WebhookTarget
{
    private readonly Uri _url;
    private readonly HttpClient _http;
    private readonly WebhookPolicy _policy;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly Channel<string> _bodies;
    private readonly Task _worker;

    public WebhookTarget(Uri url, HttpClient http, WebhookPolicy policy, TimeProvider time, ILogger log, CancellationToken stop)
    {
        _url = url;
        _http = http;
        _policy = policy;
        _time = time;
        _log = log;
        _bodies = Channel.CreateBounded<string>(new BoundedChannelOptions(policy.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        _worker = Task.Run(() => RunAsync(stop));
    }

    /// <summary>Bodies delivered (2xx) so far.</summary>
    public int Delivered;

    /// <summary>Backoff waits started so far (their timers are running once this counts them).</summary>
    public int Backoffs;

    /// <summary>Bodies given up on after every retry failed.</summary>
    public int Abandoned;

    public void Enqueue(string json) => _bodies.Writer.TryWrite(json);

    public async Task CompleteAsync()
    {
        _bodies.Writer.TryComplete();
        await _worker;
    }

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var body in _bodies.Reader.ReadAllAsync(stop))
                await DeliverAsync(body, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(string body, CancellationToken stop)
    {
        for (var attempt = 0; ; attempt++)
        {
            var failure = await TryPostAsync(body, stop);
            if (failure is null)
            {
                Interlocked.Increment(ref Delivered);
                return;
            }
            if (attempt >= _policy.Retries)
            {
                _log.LogWarning("Webhook {Url} failed {Attempts} times ({Reason}); event dropped", _url.GetLeftPart(UriPartial.Path), attempt + 1, failure);
                Interlocked.Increment(ref Abandoned);
                return;
            }
            var backoff = Task.Delay(_policy.Backoff(attempt), _time, stop);
            Interlocked.Increment(ref Backoffs);
            await backoff;
        }
    }

    /// <summary>Null on success, otherwise why it failed.</summary>
    private async Task<string?> TryPostAsync(string body, CancellationToken stop)
    {
        using var timeout = new CancellationTokenSource(_policy.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync(_url, content, linked.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            return $"no answer within {_policy.Timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
    }
}
