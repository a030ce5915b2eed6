using System.Buffers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Coach.Mqtt;

/// <summary>
/// The host's link to an MQTT broker (Mqtt:Url): each local athlete's messages are queued in an
/// <see cref="MqttOutbox"/> and sent by one loop — pacelink/ATHLETE/events (every coaching event,
/// QoS 1), /state (the snapshot, retained) and /reps (the rep table, retained). A broker that goes
/// away is reconnected with backoff (1 s, 2 s, 4 s … 30 s, on the service's clock) and the queue
/// waits; the session only ever adds to the queue. With Mqtt:Subscribe, the other hosts' athletes
/// are handed to the <see cref="AthleteRoster"/>.
/// </summary>
internal sealed class MqttLink : IAsyncDisposable
{
    /// <summary>Largest message taken from another host; a state or rep table is a few kilobytes.</summary>
    public const int MaxIncomingBytes = 256 * 1024;

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly MqttClientOptions _connect;
    private readonly bool _subscribe;
    private readonly AthleteRoster _roster;
    private readonly TimeProvider _time;
    private readonly ILogger<MqttLink> _log;
    private readonly IMqttClient _client;
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;

    public MqttLink(MqttClientOptions connect, bool subscribe, int capacity, AthleteRoster roster, TimeProvider time, ILogger<MqttLink> log)
    {
        _connect = connect;
        _subscribe = subscribe;
        _roster = roster;
        _time = time;
        _log = log;
        Outbox = new MqttOutbox(capacity);
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += e =>
        {
            Receive(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload);
            return Task.CompletedTask;
        };
        roster.Published += Publish;
    }

    public MqttOutbox Outbox { get; }

    /// <summary>True while the broker is connected.</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Messages the broker acknowledged.</summary>
    public long Sent => Interlocked.Read(ref _sent);
    private long _sent;

    /// <summary>Starts the sending loop; returns at once (the broker may be away).</summary>
    public void Start() => _run ??= Task.Run(() => RunAsync(_stop.Token));

    /// <summary>A local athlete's message as it leaves their board: events, state and reps go out, status stays here.</summary>
    public void Publish(string athlete, FeedItem item)
    {
        var message = item.Type switch
        {
            "event" => new MqttOutgoing(Topic(athlete, "events"), item.Json, Retain: false),
            "snapshot" => new MqttOutgoing(Topic(athlete, "state"), item.Json, Retain: true),
            "reps" => new MqttOutgoing(Topic(athlete, "reps"), item.Json, Retain: true),
            _ => null,
        };
        if (message is not null) Outbox.Add(message);
    }

    public static string Topic(string athlete, string what) => $"pacelink/{athlete}/{what}";

    private async Task RunAsync(CancellationToken stop)
    {
        var backoff = TimeSpan.FromSeconds(1);
        var wasConnected = false;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!_client.IsConnected)
                {
                    // A broker that refuses (a wrong user or password) answers rather than failing: say so, and retry.
                    var answer = await _client.ConnectAsync(_connect, stop);
                    if (answer.ResultCode != MqttClientConnectResultCode.Success) throw new InvalidOperationException(Refusal(answer));
                    if (_subscribe) await SubscribeAsync(stop);
                    _log.LogInformation("MQTT: connected to {Broker}; {Waiting} messages waiting", Broker, Outbox.Count);
                    wasConnected = true;
                    backoff = TimeSpan.FromSeconds(1);
                }
                await Outbox.WhenAny().WaitAsync(TimeSpan.FromSeconds(1), _time, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                while (!stop.IsCancellationRequested && Outbox.Peek() is { } next)
                {
                    await SendAsync(next, stop);
                    Outbox.Sent(next);
                    Interlocked.Increment(ref _sent);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                if (wasConnected) _log.LogWarning("MQTT: lost the broker {Broker} ({Reason}); {Waiting} messages wait while it is retried", Broker, e.Message, Outbox.Count);
                else _log.LogWarning("MQTT: cannot reach the broker {Broker} ({Reason}); retrying in {Backoff} s", Broker, e.Message, backoff.TotalSeconds);
                wasConnected = false;
                try
                {
                    await Task.Delay(backoff, _time, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    private async Task SendAsync(MqttOutgoing message, CancellationToken stop)
    {
        var built = new MqttApplicationMessageBuilder()
            .WithTopic(message.Topic)
            .WithPayload(Encoding.UTF8.GetBytes(message.Payload))
            .WithContentType("application/json")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(message.Retain)
            .Build();
        var result = await _client.PublishAsync(built, stop);
        if (!result.IsSuccess) throw new InvalidOperationException($"the broker refused {message.Topic}: {result.ReasonCode}");
    }

    private async Task SubscribeAsync(CancellationToken stop)
    {
        var options = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter("pacelink/+/state", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter("pacelink/+/reps", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter("pacelink/+/events", MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        await _client.SubscribeAsync(options, stop);
    }

    /// <summary>Another host's message: checked (a topic of ours, a size, JSON) before the roster sees it; anything else is logged and ignored.</summary>
    private void Receive(string topic, ReadOnlySequence<byte> payload)
    {
        var parts = topic.Split('/');
        if (parts is not ["pacelink", var athlete, var what] || !AthleteName.IsValid(athlete)) return;
        var type = what switch { "state" => "snapshot", "reps" => "reps", "events" => "event", _ => null };
        if (type is null || payload.Length == 0) return;
        if (payload.Length > MaxIncomingBytes)
        {
            _log.LogWarning("MQTT: ignored a {Bytes}-byte message on {Topic}: larger than {Max} bytes", payload.Length, topic, MaxIncomingBytes);
            return;
        }
        var json = Encoding.UTF8.GetString(payload);
        string? host;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var expected = type == "reps" ? JsonValueKind.Array : JsonValueKind.Object;
            if (root.ValueKind != expected) throw new JsonException($"expected a JSON {expected}");
            host = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("host", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
        }
        catch (JsonException e)
        {
            _log.LogWarning("MQTT: ignored a message on {Topic} that is not PaceLink's JSON ({Reason})", topic, e.Message);
            return;
        }
        _roster.FromRemote(athlete, type, json, host);
    }

    private string Broker => _connect.ChannelOptions is MqttClientTcpOptions tcp ? tcp.RemoteEndpoint?.ToString() ?? "?" : "?";

    public async ValueTask DisposeAsync()
    {
        _roster.Published -= Publish;
        await _stop.CancelAsync();
        if (_run is not null)
        {
            try { await _run; }
            catch (OperationCanceledException) { }
        }
        // What the sessions said last (the end, the final rep table) goes out if the broker is there, for at most 2 s.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2), _time);
        try
        {
            while (_client.IsConnected && Outbox.Peek() is { } next)
            {
                await SendAsync(next, grace.Token);
                Outbox.Sent(next);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _log.LogWarning("MQTT: {Waiting} messages were not sent before the service stopped ({Reason})", Outbox.Count, e.Message);
        }
        if (_client.IsConnected)
        {
            try { await _client.DisconnectAsync(); }
            catch (Exception e) { _log.LogDebug(e, "MQTT: disconnect failed"); }
        }
        _client.Dispose();
        _stop.Dispose();
    }

    /// <summary>Why the broker said no, in words that point at the setting to check.</summary>
    private static string Refusal(MqttClientConnectResult answer)
    {
        var why = answer.ReasonString is { Length: > 0 } reason ? $"{answer.ResultCode}: {reason}" : answer.ResultCode.ToString();
        return answer.ResultCode is MqttClientConnectResultCode.BadUserNameOrPassword or MqttClientConnectResultCode.NotAuthorized
            ? $"the broker refused the user and password ({why}); check Mqtt:CredentialsFile"
            : $"the broker refused the connection ({why})";
    }

    /// <summary>The connection options for <paramref name="options"/> (checked by the validator first).</summary>
    public static MqttClientOptions Connection(MqttOptions options, string host)
    {
        var url = new Uri(options.Url!);
        var tls = url.Scheme == "mqtts";
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(url.Host, url.IsDefaultPort || url.Port <= 0 ? (tls ? 8883 : 1883) : url.Port)
            .WithClientId($"pacelink-{host}-{Guid.NewGuid().ToString("N")[..8]}")
            .WithCleanSession()
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15))
            .WithTimeout(TimeSpan.FromSeconds(5));
        if (MqttCredentials.Read(options.CredentialsFile) is { } credentials) builder.WithCredentials(credentials.User, credentials.Password);
        if (tls)
        {
            builder.WithTlsOptions(t =>
            {
                t.UseTls();
                if (!string.IsNullOrWhiteSpace(options.CaFile))
                {
                    var ca = X509CertificateLoader.LoadCertificateFromFile(options.CaFile);
                    t.WithTrustChain([ca]);
                }
            });
        }
        return builder.Build();
    }
}
