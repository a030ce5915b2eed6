using Microsoft.Extensions.Logging;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

public sealed class SensorRetryLogTests
{
    [Fact]
    public void AFailedReconnectAttemptIsLoggedAtDebugWithTheSensorAndTheReason()
    {
        var logger = new ListLogger<SensorRetryLogTests>();
        var options = SensorRetryLog.To(logger);

        options.AttemptFailed!("pod", new DeviceUnreachableException("BlueZ did not list its services within 20 s."));

        Assert.Equal(["pod: reconnect attempt failed: BlueZ did not list its services within 20 s."], logger.At(LogLevel.Debug));
    }
}
