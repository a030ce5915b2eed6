using Microsoft.Extensions.Logging;
using PaceLink.Bluetooth.Sensors;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Link options that log every failed reconnect attempt at debug level. The link itself reports
/// only the first failure of an outage; when a sensor stays down, these lines say why.
/// </summary>
public static class SensorRetryLog
{
    public static SensorLinkOptions To(ILogger logger) => new()
    {
        AttemptFailed = (sensor, e) => logger.LogDebug("{Sensor}: reconnect attempt failed: {Reason}", sensor, e.Message),
    };
}
