namespace PaceLink.Bluetooth.Abstractions;

/// <summary>A remote Bluetooth LE device (Web Bluetooth's BluetoothDevice).</summary>
public abstract class BluetoothDevice
{
    /// <summary>A stable id: the device address ("AA:BB:CC:DD:EE:FF").</summary>
    public abstract string Id { get; }

    /// <summary>The advertised name, when known.</summary>
    public abstract string? Name { get; }

    /// <summary>The device's GATT server.</summary>
    public abstract RemoteGattServer Gatt { get; }

    /// <summary>
    /// Battery level the platform reports outside GATT (BlueZ hides the Battery service and
    /// exposes org.bluez.Battery1 instead); null when the platform does not report one.
    /// </summary>
    public virtual Task<int?> GetPlatformBatteryLevelAsync(CancellationToken cancellationToken = default) => Task.FromResult<int?>(null);

    /// <summary>
    /// The connection ended: the device went away, the adapter was switched off or the Bluetooth
    /// service restarted. Raised on a transport thread: handlers must not block.
    /// </summary>
    public event EventHandler<GattServerDisconnectedEventArgs>? GattServerDisconnected;

    /// <summary>Lets a backend raise <see cref="GattServerDisconnected"/>.</summary>
    protected void OnGattServerDisconnected(string reason) => GattServerDisconnected?.Invoke(this, new GattServerDisconnectedEventArgs(reason));

    public override string ToString() => Name is null ? Id : $"{Name} ({Id})";
}

/// <summary>Why a connection ended, in words a runner understands ("the adapter was switched off").</summary>
public sealed class GattServerDisconnectedEventArgs(string reason) : EventArgs
{
    public string Reason { get; } = reason;
}
