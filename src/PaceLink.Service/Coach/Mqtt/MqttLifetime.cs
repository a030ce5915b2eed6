using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaceLink.Service.Hosting;

namespace PaceLink.Service.Coach.Mqtt;

/// <summary>Opens the MQTT link when Mqtt:Url is set and closes it after the sessions have stopped.</summary>
internal sealed class MqttLifetime(PaceLinkOptions options, AthleteRoster roster, TimeProvider time, ILoggerFactory logs) : IHostedService
{
    private MqttLink? _link;

    /// <summary>The link, once started; null without Mqtt:Url.</summary>
    public MqttLink? Link => _link;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Mqtt.Url)) return Task.CompletedTask;
        _link = new MqttLink(MqttLink.Connection(options.Mqtt, roster.Host), options.Mqtt.Subscribe, options.Mqtt.QueueCapacity, roster, time, logs.CreateLogger<MqttLink>());
        _link.Start();
        logs.CreateLogger<MqttLifetime>().LogInformation("MQTT: publishing the athletes of {Host} to {Url}{Subscribe}", roster.Host, options.Mqtt.Url,
            options.Mqtt.Subscribe ? " and showing every host's athletes" : "");
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_link is not null) await _link.DisposeAsync();
    }
}
