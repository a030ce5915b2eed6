using System.Collections.Concurrent;
using PaceLink.Bluetooth.Abstractions;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>
/// Bluetooth LE through BlueZ on D-Bus (Linux). Connect with <see cref="ConnectAsync"/>; the
/// system bus is used unless <see cref="BlueZOptions.BusAddress"/> says otherwise.
/// </summary>
public sealed partial class BlueZBluetooth : IBluetooth
{
    private readonly DBusConnection _bus;
    private readonly ConcurrentDictionary<string, BlueZDevice> _devices = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BlueZGattCharacteristic> _notifying = new(StringComparer.Ordinal);

    private BlueZBluetooth(DBusConnection bus, ObjectCache cache, BlueZOptions options)
    {
        _bus = bus;
        Cache = cache;
        Options = options;
        cache.PropertiesChanged += OnPropertiesChanged;
        cache.InterfacesAdded += OnInterfacesAdded;
        cache.InterfacesRemoved += OnInterfacesRemoved;
        cache.ServicePresenceChanged += OnServicePresenceChanged;
    }

    internal ObjectCache Cache { get; }
    internal BlueZOptions Options { get; }
    internal DBusConnection Bus => _bus;

    /// <inheritdoc />
    public event EventHandler<AvailabilityChangedEventArgs>? AvailabilityChanged;

    /// <inheritdoc />
    public event EventHandler<BluetoothAdvertisingEvent>? AdvertisementReceived;

    /// <summary>Connects to the bus and loads BlueZ's objects. A missing bluetoothd is not an error yet: it may start later.</summary>
    public static async Task<BlueZBluetooth> ConnectAsync(BlueZOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BlueZOptions();
        var address = options.BusAddress ?? DBusAddress.System
            ?? throw new NoAdapterException(BlueZErrors.BusUnreachable("no system bus address is known"));
        var bus = new DBusConnection(address);
        try
        {
            await bus.ConnectAsync().AsTask().WaitAsync(options.CallTimeout, options.Time, cancellationToken).ConfigureAwait(false);
            var cache = new ObjectCache(bus);
            await cache.StartAsync().WaitAsync(options.CallTimeout, options.Time, cancellationToken).ConfigureAwait(false);
            return new BlueZBluetooth(bus, cache, options);
        }
        catch (Exception e)
        {
            bus.Dispose();
            if (e is DBusConnectFailedException && BlueZErrors.Translate(e, "connecting") is not BluetoothPermissionException)
                throw new NoAdapterException(BlueZErrors.BusUnreachable(address), e);
            throw BlueZErrors.Translate(e, "reading BlueZ's devices");
        }
    }

    /// <inheritdoc />
    public Task<bool> GetAvailabilityAsync(CancellationToken cancellationToken = default) => Task.FromResult(IsAvailable());

    /// <inheritdoc />
    public Task EnsureAvailableAsync(CancellationToken cancellationToken = default)
    {
        RequirePoweredAdapter();
        return Task.CompletedTask;
    }

    private bool IsAvailable() => Cache.ServicePresent && FindAdapter() is { } a && Cache.Get(a, BlueZNames.Adapter)?.Bool("Powered") == true;

    /// <inheritdoc />
    public Task<BluetoothDevice> GetDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        var adapter = FindAdapter() ?? throw NoAdapter();
        var match = Cache.Find(BlueZNames.Device, adapter)
            .FirstOrDefault(d => string.Equals(d.Properties.String("Address"), id, StringComparison.OrdinalIgnoreCase));
        if (match.Path is null)
            throw new DeviceNotFoundException(id,
                $"No Bluetooth device {id} is known to BlueZ. Wake the sensor (put the strap on, move the pod) and scan near it.");
        return Task.FromResult<BluetoothDevice>(_devices.GetOrAdd(match.Path, p => new BlueZDevice(this, p, match.Properties.String("Address") ?? id)));
    }

    /// <summary>Marks a device trusted (or not) in BlueZ, so it is remembered and may reconnect without asking.</summary>
    public Task SetTrustedAsync(string id, bool trusted, CancellationToken cancellationToken = default) =>
        SetTrustedCoreAsync(id, trusted, cancellationToken);

    private async Task SetTrustedCoreAsync(string id, bool trusted, CancellationToken cancellationToken)
    {
        var device = (BlueZDevice)await GetDeviceAsync(id, cancellationToken).ConfigureAwait(false);
        await CallAsync(BlueZMessages.SetProperty(_bus, device.Path, BlueZNames.Device, "Trusted", VariantValue.Bool(trusted)),
            $"marking {id} as trusted", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The adapter's object path, or null when there is none.</summary>
    internal string? FindAdapter()
    {
        var adapters = Cache.Find(BlueZNames.Adapter);
        return Options.AdapterName is { } name
            ? adapters.Select(a => a.Path).FirstOrDefault(p => p == "/org/bluez/" + name)
            : adapters.Select(a => a.Path).FirstOrDefault();
    }

    /// <summary>The adapter's path; throws the user-facing error when BlueZ, the adapter or its power is missing.</summary>
    internal string RequirePoweredAdapter()
    {
        var adapter = FindAdapter() ?? throw NoAdapter();
        if (Cache.Get(adapter, BlueZNames.Adapter)?.Bool("Powered") != true)
            throw new AdapterOffException(BlueZErrors.AdapterOff(adapter[(adapter.LastIndexOf('/') + 1)..]));
        return adapter;
    }

    private NoAdapterException NoAdapter() =>
        new(Cache.ServicePresent ? BlueZErrors.NoAdapter(Options.AdapterName) : BlueZErrors.ServiceNotRunning);

    internal void Track(BlueZGattCharacteristic characteristic) => _notifying[characteristic.Path] = characteristic;

    internal void Untrack(BlueZGattCharacteristic characteristic) => _notifying.TryRemove(new(characteristic.Path, characteristic));

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Cache.Dispose();
        _bus.Dispose();
        return ValueTask.CompletedTask;
    }
}
