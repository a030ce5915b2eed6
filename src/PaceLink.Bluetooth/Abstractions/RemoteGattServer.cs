namespace PaceLink.Bluetooth.Abstractions;

/// <summary>The GATT connection to a device (Web Bluetooth's BluetoothRemoteGATTServer).</summary>
public abstract class RemoteGattServer
{
    /// <summary>The device this server belongs to.</summary>
    public abstract BluetoothDevice Device { get; }

    /// <summary>True while connected with services resolved.</summary>
    public abstract bool IsConnected { get; }

    /// <summary>Connects and waits until the device's services are known. Never pairs unless the device demands it.</summary>
    public abstract Task ConnectAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops the connection. Does not wait for the device to acknowledge.</summary>
    public abstract void Disconnect();

    /// <summary>The primary service with this UUID, or null when the device does not offer it.</summary>
    public abstract Task<GattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default);
}
