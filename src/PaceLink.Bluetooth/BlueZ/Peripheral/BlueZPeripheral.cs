using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

/// <summary>
/// A GATT server and LE advertisements offered through BlueZ (GattManager1.RegisterApplication,
/// LEAdvertisingManager1.RegisterAdvertisement) on one adapter: the computer becomes a sensor (or
/// several: a relayed pod with its battery and a relayed strap, in one application) that watches,
/// phones and PaceLink itself can connect to. The objects live on this class's own D-Bus
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
    private volatile int _advertised; // advertisements BlueZ holds, in order

    private BlueZPeripheral(DBusConnection bus, IReadOnlyList<PeripheralProfile> profiles, string adapter, BlueZOptions options, Action<string> log)
    {
        _bus = bus;
        _objects = new PeripheralObjects(profiles, "/org/pacelink/peripheral");
        _adapter = adapter;
        _options = options;
        _log = log;
        _notifying = new bool[_objects.CharacteristicCount];
    }

    /// <summary>The adapter's object path ("/org/bluez/hci1").</summary>
    public string Adapter => _adapter;

    /// <summary>The adapter's roles as BlueZ lists them ("central", "peripheral", "central-peripheral"); null when this BlueZ does not say.</summary>
    public IReadOnlyList<string>? AdapterRoles { get; private set; }

    /// <summary>True while BlueZ has the application and every advertisement: centrals can find and use the sensor.</summary>
    public bool IsOn => _registered && _advertised == _objects.AdvertisementCount;

    /// <summary>A central enabled (true) or disabled (false) notifications or indications on a characteristic (UUID).</summary>
    public event Action<ushort, bool>? SubscriptionChanged;

    /// <summary>Offers one profile; see <see cref="StartAsync(IReadOnlyList{PeripheralProfile}, BlueZOptions?, Action{string}?, bool, CancellationToken)"/>.</summary>
    public static Task<BlueZPeripheral> StartAsync(PeripheralProfile profile, BlueZOptions? options = null,
        Action<string>? log = null, CancellationToken cancellationToken = default) =>
        StartAsync([profile], options, log, false, cancellationToken);

    /// <summary>
    /// Connects to the bus (<see cref="BlueZOptions.BusAddress"/> or the system bus), checks that the
    /// adapter (<see cref="BlueZOptions.AdapterName"/>, hci0 when not given) can be a peripheral,
    /// exports the profiles' services in one GATT application and registers it with one
    /// advertisement per advertised profile. Throws <see cref="Abstractions.BluetoothException"/> with
    /// a sentence for the user when BlueZ cannot or will not (<see cref="Abstractions.PeripheralUnsupportedException"/>,
    /// <see cref="Abstractions.PeripheralBusyException"/>, <see cref="Abstractions.NoAdapterException"/>).
    /// With <paramref name="alongsideCentral"/> the adapter is also this computer's central (to the
    /// sensors): an adapter whose roles BlueZ lists without "central-peripheral" is refused, and one
    /// whose roles BlueZ does not list is used with a word in the log.
    /// </summary>
    public static async Task<BlueZPeripheral> StartAsync(IReadOnlyList<PeripheralProfile> profiles, BlueZOptions? options = null,
        Action<string>? log = null, bool alongsideCentral = false, CancellationToken cancellationToken = default)
    {
        options ??= new BlueZOptions();
        var address = options.BusAddress ?? DBusAddress.System
            ?? throw new Abstractions.NoAdapterException(BlueZErrors.BusUnreachable("no system bus address is known"));
        var bus = new DBusConnection(address);
        var name = options.AdapterName ?? "hci0";
        var peripheral = new BlueZPeripheral(bus, profiles, "/org/bluez/" + name, options, log ?? (_ => { }));
        try
        {
            await bus.ConnectAsync().AsTask().WaitAsync(options.CallTimeout, options.Time, cancellationToken).ConfigureAwait(false);
            var objects = await ReceiveLoop.Leave(bus.CallMethodAsync(PeripheralMessages.Call(bus, "/", BlueZNames.ObjectManager, "GetManagedObjects"),
                BlueZMessages.ReadManagedObjects).WaitAsync(options.CallTimeout, options.Time, cancellationToken)).ConfigureAwait(false);
            peripheral.AdapterRoles = PeripheralSupport.Check(objects, peripheral._adapter);
            if (alongsideCentral) PeripheralSupport.CheckBothRoles(peripheral.AdapterRoles, name, peripheral._log);
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
            if (e is DBusErrorReplyException reply && PeripheralSupport.Refusal(reply, name) is { } refusal) throw refusal;
            throw BlueZErrors.Translate(e, $"offering {string.Join(" and ", profiles.Select(p => p.LocalName).Distinct())} on {name}");
        }
    }

    /// <summary>Sends a new value to every central that subscribed to the characteristic (UUID, in the first service that has it); false when none did.</summary>
    public bool Notify(ushort uuid, byte[] value) => Send(_objects.IndexOf(null, uuid), value);

    /// <summary>Sends a new value of characteristic <paramref name="uuid"/> of service <paramref name="service"/>; false when no central subscribed.</summary>
    public bool Notify(ushort service, ushort uuid, byte[] value) => Send(_objects.IndexOf(service, uuid), value);

    /// <summary>True when a central subscribed to the characteristic (UUID).</summary>
    public bool IsSubscribed(ushort uuid) => _objects.IndexOf(null, uuid) is >= 0 and var i && _notifying[i];

    /// <summary>True when a central subscribed to characteristic <paramref name="uuid"/> of service <paramref name="service"/>.</summary>
    public bool IsSubscribed(ushort service, ushort uuid) => _objects.IndexOf(service, uuid) is >= 0 and var i && _notifying[i];

    private bool Send(int index, byte[] value)
    {
        if (index < 0 || !_registered || !_notifying[index]) return false;
        return _bus.TrySendMessage(PeripheralMessages.ValueChanged(_bus, _objects.CharacteristicPath(index), value));
    }

    bool IPeripheralEvents.IsNotifying(int index) => _notifying[index];

    void IPeripheralEvents.NotifyingChanged(int index, bool on)
    {
        _notifying[index] = on;
        var uuid = _objects.Characteristic(index).Uuid;
        _log($"central {(on ? "subscribed to" : "unsubscribed from")} 0x{uuid:X4}");
        ThreadPool.QueueUserWorkItem(_ => SubscriptionChanged?.Invoke(uuid, on));
    }

    void IPeripheralEvents.Indicate(int index, byte[] value)
    {
        if (_notifying[index]) _bus.TrySendMessage(PeripheralMessages.ValueChanged(_bus, _objects.CharacteristicPath(index), value));
    }

    void IPeripheralEvents.AdvertisementReleased(string path) => _log($"BlueZ released the advertisement {path}");

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
