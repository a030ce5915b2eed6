using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Bluetooth.Tests.Support;

/// <summary>
/// An in-memory backend whose every operation completes at once, so a sensor link runs entirely
/// on the test's virtual-time scheduler. Devices are scripted: failures to hand out, drops to cause.
/// </summary>
public sealed class MemoryBluetooth : IBluetooth
{
    public Dictionary<string, MemoryDevice> Devices { get; } = new(StringComparer.OrdinalIgnoreCase);

    public event EventHandler<AvailabilityChangedEventArgs>? AvailabilityChanged;
    public event EventHandler<BluetoothAdvertisingEvent>? AdvertisementReceived;

    public MemoryDevice Add(string address, string name, ushort service, params MemoryCharacteristic[] characteristics)
    {
        var device = new MemoryDevice(address, name);
        device.Services[BluetoothUuid.FromShortId(service)] = new MemoryService(device, service, characteristics);
        Devices[address] = device;
        return device;
    }

    public Task<bool> GetAvailabilityAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task EnsureAvailableAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<BluetoothLEScan> RequestLEScanAsync(BluetoothLEScanOptions options, CancellationToken cancellationToken = default) =>
        Task.FromResult(new BluetoothLEScan(options, () => ValueTask.CompletedTask));

    public Task<BluetoothDevice> GetDeviceAsync(string id, CancellationToken cancellationToken = default) =>
        Devices.TryGetValue(id, out var d) ? Task.FromResult<BluetoothDevice>(d) : throw new DeviceNotFoundException(id, $"no {id}");

    /// <summary>Lets a test raise the events the interface declares.</summary>
    public void Advertise(BluetoothAdvertisingEvent e) => AdvertisementReceived?.Invoke(this, e);

    public void ChangeAvailability(bool on) => AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(on, on ? "on" : "off"));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed class MemoryDevice : BluetoothDevice
{
    private readonly MemoryGatt _gatt;

    public MemoryDevice(string address, string name)
    {
        Id = address;
        Name = name;
        _gatt = new MemoryGatt(this);
    }

    public Dictionary<BluetoothUuid, MemoryService> Services { get; } = [];

    /// <summary>Connect attempts that will fail before one succeeds.</summary>
    public Queue<Exception> ConnectFailures { get; } = new();

    public int? PlatformBattery { get; set; }
    public int Connects { get; set; }
    public int Disconnects { get; set; }

    public override string Id { get; }
    public override string? Name { get; }
    public override RemoteGattServer Gatt => _gatt;

    public override Task<int?> GetPlatformBatteryLevelAsync(CancellationToken cancellationToken = default) => Task.FromResult(PlatformBattery);

    /// <summary>The link drops, as a device going out of range does.</summary>
    public void Drop(string reason)
    {
        if (!_gatt.Connected) return;
        _gatt.Connected = false;
        OnGattServerDisconnected(reason);
    }
}

public sealed class MemoryGatt(MemoryDevice device) : RemoteGattServer
{
    public bool Connected { get; set; }

    public override BluetoothDevice Device => device;
    public override bool IsConnected => Connected;

    public override Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        device.Connects++;
        if (device.ConnectFailures.TryDequeue(out var failure)) return Task.FromException(failure);
        Connected = true;
        return Task.CompletedTask;
    }

    public override void Disconnect()
    {
        device.Disconnects++;
        Connected = false;
    }

    public override Task<GattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default) =>
        Task.FromResult<GattService?>(device.Services.GetValueOrDefault(service));
}

public sealed class MemoryService : GattService
{
    private readonly MemoryDevice _device;

    public MemoryService(MemoryDevice device, ushort id, IEnumerable<MemoryCharacteristic> characteristics)
    {
        _device = device;
        Uuid = BluetoothUuid.FromShortId(id);
        Characteristics = characteristics.ToDictionary(c => c.Uuid);
    }

    public Dictionary<BluetoothUuid, MemoryCharacteristic> Characteristics { get; }
    public override BluetoothUuid Uuid { get; }
    public override BluetoothDevice Device => _device;

    public override Task<GattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default) =>
        Task.FromResult<GattCharacteristic?>(Characteristics.GetValueOrDefault(characteristic));
}

public sealed class MemoryCharacteristic(ushort id, GattCharacteristicProperties properties, byte[]? value = null) : GattCharacteristic
{
    public bool Notifying { get; private set; }
    public int Stops { get; private set; }

    public override BluetoothUuid Uuid { get; } = BluetoothUuid.FromShortId(id);
    public override GattCharacteristicProperties Properties => properties;

    public override Task<byte[]> ReadValueAsync(CancellationToken cancellationToken = default) => Task.FromResult(value ?? []);
    public override Task WriteValueWithResponseAsync(byte[] newValue, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override Task StartNotificationsAsync(CancellationToken cancellationToken = default)
    {
        Notifying = true;
        return Task.CompletedTask;
    }

    public override Task StopNotificationsAsync(CancellationToken cancellationToken = default)
    {
        Notifying = false;
        Stops++;
        return Task.CompletedTask;
    }

    /// <summary>Sends a value when notifications are on; returns whether it went out.</summary>
    public bool Notify(byte[] payload)
    {
        if (!Notifying) return false;
        OnCharacteristicValueChanged(payload);
        return true;
    }
}
