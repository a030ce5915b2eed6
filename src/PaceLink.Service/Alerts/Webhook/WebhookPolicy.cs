namespace PaceLink.Service.Alerts.Webhook;

/// <summary>How hard a webhook tries: timeout per attempt, retries, queue size, backoff 1 s, 2 s, 4 s … (capped at 30 s).</summary>
internal sealed record WebhookPolicy(TimeSpan Timeout, int Retries, int QueueCapacity)
{
    public TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt)));
}
