using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;

namespace PaceLink.Service.Relay;

/// <summary>
/// A <see cref="SensorRelay"/> fed beside a session or on its own: the battery the source
/// reports on each connection is passed on as the relayed pod's. Disposing withdraws the relay.
/// </summary>
public sealed class RelayLink : IAsyncDisposable
{
    private readonly IDisposable _batteries;

    private RelayLink(SensorRelay relay, IObservable<LinkChange> changes, IReadOnlyList<SensorInfo> sensors, Func<TimeSpan> clock)
    {
        Relay = relay;
        var source = relay.Setup.Options.FromTreadmill ? SensorKind.Treadmill : SensorKind.Rsc;
        var ids = sensors.Where(s => s.Kind == source).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        _batteries = changes.Subscribe(c =>
        {
            if (c.Status == LinkStatus.Connected && c.BatteryPercent is { } percent && ids.Contains(c.Sensor)) relay.Battery(clock(), percent);
        });
    }

    public SensorRelay Relay { get; }

    /// <summary>Starts the relay (see <see cref="SensorRelay.StartAsync"/> for its errors) and follows the sensors' link changes.</summary>
    public static async Task<RelayLink> StartAsync(RelaySetup setup, IReadOnlyList<SensorInfo> sensors, IObservable<LinkChange> changes, Func<TimeSpan> clock,
        BlueZOptions? blueZ = null, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var relay = await SensorRelay.StartAsync(setup, blueZ, log, cancellationToken).ConfigureAwait(false);
        return new RelayLink(relay, changes, sensors, clock);
    }

    public async ValueTask DisposeAsync()
    {
        _batteries.Dispose();
        await Relay.DisposeAsync().ConfigureAwait(false);
    }
}
