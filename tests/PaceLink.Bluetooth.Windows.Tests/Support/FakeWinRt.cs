using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.Windows.Tests.Support;

// In-memory stand-ins for the WinRT seam. Every call returns a finished task, so a test runs the
// backend's logic synchronously; each fake records what the backend did to it.

internal sealed class FakeAdapter : IWinRtAdapter
{
    /// <summary>What FromBluetoothAddressAsync answers for (address, address type); null = Windows does not know it.</summary>
    public Func<ulong, AddressKind?, FakeDevice?> Open { get; set; } = (_, _) => null;
    public List<(ulong Address, AddressKind? Kind)> Opens { get; } = [];
    public List<FakeWatcher> Watchers { get; } = [];
    public Exception? OpenThrows { get; set; }

    public ulong Address => 0x001122334455;
    public RadioPower Radio { get; private set; } = RadioPower.On;
    public event Action<RadioPower>? RadioChanged;

    public void SetRadio(RadioPower power)
    {
        Radio = power;
        RadioChanged?.Invoke(power);
    }

    public Task<IWinRtDevice?> OpenDeviceAsync(ulong address, AddressKind? kind, CancellationToken cancellationToken)
    {
        Opens.Add((address, kind));
        if (OpenThrows is { } e) return Task.FromException<IWinRtDevice?>(e);
        return Task.FromResult<IWinRtDevice?>(Open(address, kind));
    }

    public WatcherState WatcherStatusAfterStart { get; set; } = WatcherState.Started;

    public IWinRtWatcher CreateWatcher()
    {
        var watcher = new FakeWatcher { StatusAfterStart = WatcherStatusAfterStart };
        Watchers.Add(watcher);
        return watcher;
    }
}

internal sealed class FakeWatcher : IWinRtWatcher
{
    /// <summary>The status Start leaves the watcher in (Aborted when the radio is gone).</summary>
    public WatcherState StatusAfterStart { get; set; } = WatcherState.Started;
    public WatcherState Status { get; private set; } = WatcherState.Created;
    public event Action<WinRtAdvert>? Received;
    public event Action<WatcherError>? Stopped;
    public bool Listening => Received is not null;

    public void Start() => Status = StatusAfterStart;

    public void Stop()
    {
        Status = WatcherState.Stopped;
        Stopped?.Invoke(WatcherError.Success);
    }

    public void Advertise(WinRtAdvert advert) => Received?.Invoke(advert);

    public void Abort(WatcherError error)
    {
        Status = WatcherState.Aborted;
        Stopped?.Invoke(error);
    }
}

internal sealed class FakeSession : IDisposable
{
    public bool Disposed { get; private set; }
    public void Dispose() => Disposed = true;
}

/// <summary>One BluetoothLEDevice handle: its services and characteristics are created per discovery, like WinRT's.</summary>
internal sealed class FakeDevice(string? name, params (Guid Service, FakeCharacteristic[] Characteristics)[] gatt) : IWinRtDevice
{
    public string? Name => name;
    public bool IsConnected { get; private set; } = true;
    public bool Disposed { get; private set; }
    public event Action? Disconnected;

    public List<FakeSession> Sessions { get; } = [];
    public List<FakeService> HandedOut { get; } = [];
    public List<DiscoveryMode> ServiceDiscoveries { get; } = [];
    public GattStatus DiscoveryStatus { get; set; } = GattStatus.Success;
    public Exception? DiscoveryThrows { get; set; }

    /// <summary>True when Windows' cache holds the characteristics; false = only an uncached discovery finds them.</summary>
    public bool CharacteristicCacheFilled { get; set; } = true;

    public Task<IDisposable> OpenSessionAsync(CancellationToken cancellationToken)
    {
        var session = new FakeSession();
        Sessions.Add(session);
        return Task.FromResult<IDisposable>(session);
    }

    public Task<GattList<IWinRtService>> GetServicesAsync(DiscoveryMode mode, CancellationToken cancellationToken) => Discover(_ => true, mode);

    public Task<GattList<IWinRtService>> GetServicesForUuidAsync(Guid uuid, DiscoveryMode mode, CancellationToken cancellationToken) => Discover(s => s == uuid, mode);

    private Task<GattList<IWinRtService>> Discover(Func<Guid, bool> which, DiscoveryMode mode)
    {
        ServiceDiscoveries.Add(mode);
        if (DiscoveryThrows is { } e) return Task.FromException<GattList<IWinRtService>>(e);
        if (DiscoveryStatus.Outcome != GattOutcome.Success) return Task.FromResult(new GattList<IWinRtService>(DiscoveryStatus, []));
        var services = gatt.Where(g => which(g.Service)).Select(g => new FakeService(g.Service, g.Characteristics, () => CharacteristicCacheFilled)).ToArray();
        HandedOut.AddRange(services);
        return Task.FromResult(new GattList<IWinRtService>(GattStatus.Success, services));
    }

    public FakeCharacteristic Characteristic(Guid uuid) => gatt.SelectMany(g => g.Characteristics).Single(c => c.Uuid == uuid);

    /// <summary>The link drops: ConnectionStatusChanged to Disconnected.</summary>
    public void Drop()
    {
        IsConnected = false;
        Disconnected?.Invoke();
    }

    public void Dispose() => Disposed = true;
}

internal sealed class FakeService(Guid uuid, FakeCharacteristic[] characteristics, Func<bool> cacheFilled) : IWinRtService
{
    public Guid Uuid => uuid;
    public bool Disposed { get; private set; }
    public List<DiscoveryMode> Discoveries { get; } = [];


    public Task<GattList<IWinRtCharacteristic>> GetCharacteristicsForUuidAsync(Guid uuid, DiscoveryMode mode, CancellationToken cancellationToken)
    {
        Discoveries.Add(mode);
        IWinRtCharacteristic[] found = mode == DiscoveryMode.Cached && !cacheFilled() ? [] : characteristics.Where(c => c.Uuid == uuid).ToArray();
        return Task.FromResult(new GattList<IWinRtCharacteristic>(GattStatus.Success, found));
    }

    public void Dispose() => Disposed = true;
}

internal sealed class FakeCharacteristic(Guid uuid, uint properties, byte[]? value = null) : IWinRtCharacteristic
{
    public Guid Uuid => uuid;
    public uint Properties => properties;
    public event Action<byte[]>? ValueChanged;

    public List<CccdMode> CccdWrites { get; } = [];
    public GattStatus CccdStatus { get; set; } = GattStatus.Success;
    public GattStatus ReadStatus { get; set; } = GattStatus.Success;
    public Exception? ReadThrows { get; set; }
    public bool Listened => ValueChanged is not null;

    public Task<GattRead> ReadAsync(DiscoveryMode mode, CancellationToken cancellationToken) =>
        ReadThrows is { } e ? Task.FromException<GattRead>(e) : Task.FromResult(new GattRead(ReadStatus, ReadStatus.Outcome == GattOutcome.Success ? value ?? [] : []));

    public Task<GattStatus> WriteAsync(byte[] written, CancellationToken cancellationToken) => Task.FromResult(GattStatus.Success);

    public Task<GattStatus> WriteCccdAsync(CccdMode mode, CancellationToken cancellationToken)
    {
        CccdWrites.Add(mode);
        return Task.FromResult(CccdStatus);
    }

    public void Notify(byte[] bytes) => ValueChanged?.Invoke(bytes);
}
