using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Service.Sessions;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Alerts.Webhook;

namespace PaceLink.Service.Hosting;

/// <summary>Builds the alert sinks the configuration asks for.</summary>
internal static class SinkFactory
{
    public static List<ICoachingSink> Create(PaceLinkOptions options, HostOverrides overrides, Func<CoachingEvent, string> eventJson, TimeProvider time, ILoggerFactory logs)
    {
        var sinks = new List<ICoachingSink>();
        if (options.Speech.Enabled && options.Speech.Engine != "none")
        {
            var voice = overrides.Voice ?? SpeechEngines.For(options.Speech.Engine, options.Speech.Voice, options.Speech.Rate);
            var beeper = overrides.Beeper ?? new ToneBeeper();
            sinks.Add(new SpeechSink(options.Speech.Cues, voice, beeper, options.Speech.Beeps, options.Speech.QueueCapacity, time, logs.CreateLogger<SpeechSink>()));
        }
        if (options.Webhooks.Urls.Count > 0)
        {
            var policy = new WebhookPolicy(TimeSpan.FromSeconds(options.Webhooks.TimeoutSeconds), options.Webhooks.Retries, options.Webhooks.QueueCapacity);
            // The per-attempt timeout is ours (TimeProvider-driven), so the client's own one must not cut in first.
            var http = overrides.Http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            sinks.Add(new WebhookSink(options.Webhooks.Urls.Select(u => new Uri(u)), http, policy, eventJson, time, logs.CreateLogger<WebhookSink>()));
        }
        sinks.AddRange(overrides.ExtraSinks);
        return sinks;
    }
}
