using PaceLink.Core.Pipeline;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>Sends the simulator's payloads out of the fake BlueZ devices, as the real sensors would notify them.</summary>
public static class SimulatedSensorFeed
{
    /// <summary>The fake device standing in for each simulated sensor.</summary>
    public static IReadOnlyDictionary<string, string> DefaultAddresses { get; } = new Dictionary<string, string>
    {
        [SimulatedFootPod.Id] = FakeDevices.PodAddress,
        [SimulatedHeartStrap.Id] = FakeDevices.StrapAddress,
    };

    /// <summary>
    /// Forwards every notification to the device mapped to its sensor. A notification nobody
    /// subscribed to (device not connected or not notifying) goes nowhere, as over the air.
    /// Dispose the result to stop.
    /// </summary>
    public static IDisposable FeedFrom(this FakeBlueZ fake, IObservable<Notification> notifications, IReadOnlyDictionary<string, string>? addresses = null)
    {
        addresses ??= DefaultAddresses;
        return notifications.Subscribe(
            n =>
            {
                if (addresses.TryGetValue(n.Sensor, out var address)) fake.Notify(address, n.Characteristic, n.Payload.Span);
            },
            _ => { }); // the simulator ending badly must not take the service down
    }
}
