using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.BlueZ.Peripheral;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Relay;

namespace PaceLink.Service.Relay;

/// <summary>
/// The relay's edge: the real sensors' notifications in, the relayed pod's and strap's values out
/// through BlueZ to whatever watch subscribed. What each notification becomes is decided by
/// <see cref="RelayMapper"/> (pure); this class only sends it. Safe to call from the session's
/// thread: sending never waits.
/// </summary>
public sealed class SensorRelay : IAsyncDisposable
{
    private readonly RelayMapper _mapper;
    private BlueZPeripheral _peripheral = null!;
    private byte[] _battery = [];

    private SensorRelay(RelaySetup setup)
    {
        Setup = setup;
        _mapper = new RelayMapper(setup.Options);
    }

    public RelaySetup Setup { get; }

    /// <summary>The relayed pod's total distance so far, in metres.</summary>
    public double TotalDistanceMetres => _mapper.TotalDistanceMetres;

    /// <summary>A watch subscribed to (true) or left (false) a characteristic (UUID).</summary>
    public event Action<ushort, bool>? SubscriptionChanged;

    /// <summary>
    /// Registers the relay's services and advertisements with BlueZ on <see cref="RelaySetup.PeripheralAdapter"/>.
    /// Throws a <see cref="Bluetooth.Abstractions.BluetoothException"/> with a sentence for the user when the
    /// adapter cannot serve (no LE peripheral role, not both roles on a shared adapter), BlueZ is too
    /// old, or another relay holds the adapter.
    /// </summary>
    public static async Task<SensorRelay> StartAsync(RelaySetup setup, BlueZOptions? blueZ = null, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var relay = new SensorRelay(setup);
        var options = (blueZ ?? new BlueZOptions()) with { AdapterName = setup.PeripheralAdapter };
        relay._peripheral = await BlueZPeripheral.StartAsync(RelayProfiles.For(setup, () => relay._battery), options, log, setup.SharesAdapter, cancellationToken).ConfigureAwait(false);
        relay._peripheral.SubscriptionChanged += (uuid, on) => relay.SubscriptionChanged?.Invoke(uuid, on);
        return relay;
    }

    /// <summary>Sends what <paramref name="incoming"/> becomes on the relayed sensors; returns it (for the trace), or null when nothing is relayed.</summary>
    public RelayedValue? Forward(Notification incoming) => Send(_mapper.Map(incoming));

    /// <summary>Passes the source's battery level on (as BlueZ reported it on connecting).</summary>
    public RelayedValue? Battery(TimeSpan at, int percent)
    {
        var value = _mapper.Battery(at, percent);
        if (value is not null) _battery = value.Payload;
        return Send(value);
    }

    private RelayedValue? Send(RelayedValue? value)
    {
        if (value is not null) _peripheral.Notify(value.Service, value.Characteristic, value.Payload);
        return value;
    }

    public ValueTask DisposeAsync() => _peripheral?.DisposeAsync() ?? ValueTask.CompletedTask;
}
