using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Alerts.Webhook;

/// <summary>
/// POSTs each coaching event as JSON to every configured URL (for example a push service that
/// mirrors it to a watch). Never blocks the engine: <see cref="OnEvent"/> serialises and queues.
/// </summary>
internal sealed class WebhookSink : ICoachingSink, IAsyncDisposable
{
    private readonly Func<CoachingEvent, string> _toJson;
    private readonly WebhookTarget[] _targets;
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeProvider _time;

    public WebhookSink(IEnumerable<Uri> urls, HttpClient http, WebhookPolicy policy, Func<CoachingEvent, string> toJson, TimeProvider time, ILogger<WebhookSink> log)
    {
        _toJson = toJson;
        _time = time;
        _targets = [.. urls.Select(u => new WebhookTarget(u, http, policy, time, log, _stop.Token))];
    }

    public string Name => "webhook";

    /// <summary>Events delivered, summed over all URLs.</summary>
    public int Delivered => _targets.Sum(t => t.Delivered);

    /// <summary>Backoff waits started, summed over all URLs.</summary>
    public int Backoffs => _targets.Sum(t => Volatile.Read(ref t.Backoffs));

    /// <summary>Events given up on after their retries, summed over all URLs.</summary>
    public int Abandoned => _targets.Sum(t => t.Abandoned);

    /// <summary>Serialises and queues the event for every URL; returns at once.</summary>
    public void OnEvent(CoachingEvent cue)
    {
        if (_targets.Length == 0) return;
        var json = _toJson(cue);
        foreach (var target in _targets) target.Enqueue(json);
    }

    /// <summary>Stops taking events and gives queued ones up to <paramref name="grace"/> to go out.</summary>
    public async Task FlushAsync(TimeSpan grace)
    {
        var all = Task.WhenAll(_targets.Select(t => t.CompleteAsync()));
        if (await Task.WhenAny(all, Task.Delay(grace, _time)) != all) await _stop.CancelAsync();
        await all;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_targets.Select(t => t.CompleteAsync()));
        _stop.Dispose();
    }
}
