namespace PaceLink.Bluetooth.Abstractions;

/// <summary>A primary service of a connected device (Web Bluetooth's BluetoothRemoteGATTService).</summary>
public abstract class GattService
{
    /// <summary>The service UUID (0x180D for heart rate).</summary>
    public abstract BluetoothUuid Uuid { get; }

    /// <summary>The device this service belongs to.</summary>
    public abstract BluetoothDevice Device { get; }

    /// <summary>The characteristic with this UUID, or null when the service has none.</summary>
    public abstract Task<GattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default);
}
