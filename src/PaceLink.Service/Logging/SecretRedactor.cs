using Serilog.Core;
using Serilog.Events;

namespace PaceLink.Service.Logging;

/// <summary>
/// Replaces secrets (the API token) in every string property before any sink sees the event, so a
/// request URL carrying ?token=… or a careless log line cannot leak it.
/// </summary>
internal sealed class SecretRedactor : ILogEventEnricher
{
    public const string Mask = "***";
    private volatile string[] _secrets = [];

    /// <summary>Adds a value to hide from now on. Short values are ignored: they would mask ordinary words.</summary>
    public void Add(string secret)
    {
        if (secret.Length >= 8) _secrets = [.. _secrets, secret];
    }

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        var secrets = _secrets;
        if (secrets.Length == 0) return;
        foreach (var (name, value) in logEvent.Properties.ToArray())
        {
            if (value is ScalarValue { Value: string text } && Redact(text, secrets) is { } clean)
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(clean)));
        }
    }

    private static string? Redact(string text, string[] secrets)
    {
        string? result = null;
        foreach (var secret in secrets)
        {
            if ((result ?? text).Contains(secret, StringComparison.Ordinal))
                result = (result ?? text).Replace(secret, Mask, StringComparison.Ordinal);
        }
        return result;
    }
}
