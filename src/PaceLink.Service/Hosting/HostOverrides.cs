using PaceLink.Core.Coaching;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Hosting;

/// <summary>Replaceable parts of the host, for tests and embedding. Null means the production default.</summary>
public sealed record HostOverrides
{
    /// <summary>Configuration folder (pacelink.json, token) instead of the user's; tests give each host its own.</summary>
    public string? ConfigDir { get; init; }

    /// <summary>Console log output goes here instead of stdout.</summary>
    public TextWriter? LogWriter { get; init; }

    public ISessionStarter? Starter { get; init; }

    public Func<CoachingEvent, string>? EventJson { get; init; }

    public TimeProvider? Time { get; init; }

    public ISpeechSynthesizer? Voice { get; init; }

    public IBeeper? Beeper { get; init; }

    /// <summary>Sinks added after the configured ones.</summary>
    public IReadOnlyList<ICoachingSink> ExtraSinks { get; init; } = [];

    /// <summary>Used for webhooks; tests pass a client over a fake handler.</summary>
    public HttpClient? Http { get; init; }
}
