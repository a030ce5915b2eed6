using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>
/// A GATT server and LE advertisement offered through BlueZ (GattManager1.RegisterApplication,
/// LEAdvertisingManager1.RegisterAdvertisement) on one adapter: the computer becomes a sensor that
/// watches, phones and PaceLink itself can connect to. The objects live on this class's own D-Bus
/// connection; when bluetoothd restarts, everything is registered again by itself.
/// </summary>
public sealed partial class BlueZPeripheral : IAsyncDisposable, IPeripheralEvents
{
    private readonly DBusConnection _bus;
    private readonly PeripheralObjects _objects;
    private readonly string _adapter;
    private readonly BlueZOptions _options;
    private readonly Action<string> _log;
    private readonly bool[] _notifying;
    private readonly SemaphoreSlim _registration = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private IDisposable? _ownerWatch;
    private volatile bool _wantOn;
    private volatile bool _registered;
    private volatile bool _advertising;

    private BlueZPeripheral(DBusConnection bus, PeripheralProfile profile, string adapter, BlueZOptions options, Action<string> log)
    {
        _bus = bus;
        _objects = new PeripheralObjects(profile, "/org/pacelink/peripheral");
        _adapter = adapter;
        _options = options;
        _log = log;
        _notifying = new bool[profile.Characteristics.Count];
    }

    /// <summary>The adapter's object path ("/org/bluez/hci1").</summary>
    public string Adapter => _adapter;

    /// <summary>True while BlueZ has the application and advertisement: centrals can find and use the sensor.</summary>
    public bool IsOn => _registered && _advertising;

    /// <summary>A central enabled (true) or disabled (false) notifications or indications on a characteristic (UUID).</summary>
    public event Action<ushort, bool>? SubscriptionChanged;

    /// <summary>
    /// Connects to the bus (<see cref="BlueZOptions.BusAddress"/> or the system bus), exports the
    /// objects and registers them on <see cref="BlueZOptions.AdapterName"/> (hci0 when not given).
    /// Throws <see cref="Abstractions.BluetoothException"/> with a sentence for the user when BlueZ refuses.
    /// </summary>
    public static async Task<BlueZPeripheral> StartAsync(PeripheralProfile profile, BlueZOptions? options = null,
        Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        options ??= new BlueZOptions();
        var address = options.BusAddress ?? DBusAddress.System
            ?? throw new Abstractions.NoAdapterException(BlueZErrors.BusUnreachable("no system bus address is known"));
        var bus = new DBusConnection(address);
        var peripheral = new BlueZPeripheral(bus, profile, "/org/bluez/" + (options.AdapterName ?? "hci0"), options, log ?? (_ => { }));
        try
        {
            await bus.ConnectAsync().AsTask().WaitAsync(options.CallTimeout, options.Time, cancellationToken).ConfigureAwait(false);
            bus.AddMethodHandler(new PeripheralHandler(peripheral._objects, peripheral));
            peripheral._ownerWatch = await bus.AddMatchAsync(
                new MatchRule { Type = MessageType.Signal, Sender = BlueZNames.Bus, Interface = BlueZNames.Bus, Member = "NameOwnerChanged", Arg0 = BlueZNames.Service },
                BlueZMessages.ReadNameOwnerChanged, (Notification<NameOwnerChangedSignal> n) => { if (n.HasValue) peripheral.OnOwnerChanged(n.Value); },
                emitOnCapturedContext: false).ConfigureAwait(false);
            await peripheral.TurnOnAsync(cancellationToken).ConfigureAwait(false);
            return peripheral;
        }
        catch (Exception e)
        {
            await peripheral.DisposeAsync().ConfigureAwait(false);
            if (e is DBusConnectFailedException) throw new Abstractions.NoAdapterException(BlueZErrors.BusUnreachable(address), e);
            if (e is Abstractions.BluetoothException or OperationCanceledException) throw;
            throw BlueZErrors.Translate(e, $"offering {profile.LocalName} on {options.AdapterName ?? "hci0"}");
        }
    }

    /// <summary>Sends a new value to every central that subscribed to the characteristic (UUID); false when none did.</summary>
    public bool Notify(ushort uuid, byte[] value)
    {
        var index = IndexOf(uuid);
        if (index < 0 || !_registered || !_notifying[index]) return false;
        return _bus.TrySendMessage(PeripheralMessages.ValueChanged(_bus, _objects.CharacteristicPath(index), value));
    }

    /// <summary>True when a central subscribed to the characteristic (UUID).</summary>
    public bool IsSubscribed(ushort uuid) => IndexOf(uuid) is >= 0 and var i && _notifying[i];

    private int IndexOf(ushort uuid)
    {
        for (var i = 0; i < _objects.Profile.Characteristics.Count; i++)
            if (_objects.Profile.Characteristics[i].Uuid == uuid) return i;
        return -1;
    }

    bool IPeripheralEvents.IsNotifying(int index) => _notifying[index];

    void IPeripheralEvents.NotifyingChanged(int index, bool on)
    {
        _notifying[index] = on;
        var uuid = _objects.Profile.Characteristics[index].Uuid;
        _log($"central {(on ? "subscribed to" : "unsubscribed from")} 0x{uuid:X4}");
        ThreadPool.QueueUserWorkItem(_ => SubscriptionChanged?.Invoke(uuid, on));
    }

    void IPeripheralEvents.Indicate(int index, byte[] value)
    {
        if (_notifying[index]) _bus.TrySendMessage(PeripheralMessages.ValueChanged(_bus, _objects.CharacteristicPath(index), value));
    }

    void IPeripheralEvents.AdvertisementReleased() => _log("BlueZ released the advertisement");

    public async ValueTask DisposeAsync()
    {
        if (_closing.IsCancellationRequested) return;
        _wantOn = false;
        if (_registered)
        {
            try { await UnregisterAsync(CancellationToken.None).ConfigureAwait(false); }
            catch (Exception e) when (e is DBusErrorReplyException or DBusConnectionException or TimeoutException or ObjectDisposedException) { _log($"could not unregister cleanly: {e.Message}"); }
        }
        _closing.Cancel();
        _ownerWatch?.Dispose();
        _bus.Dispose();
        _closing.Dispose();
    }
}
