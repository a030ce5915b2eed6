namespace PaceLink.Bluetooth.Abstractions;

/// <summary>One characteristic of a connected device's service (Web Bluetooth's BluetoothRemoteGATTCharacteristic).</summary>
public abstract class GattCharacteristic
{
    /// <summary>The characteristic's UUID (0x2A53 for an RSC measurement).</summary>
    public abstract BluetoothUuid Uuid { get; }

    /// <summary>What the characteristic allows (read, notify, …).</summary>
    public abstract GattCharacteristicProperties Properties { get; }

    /// <summary>Reads the current value from the device.</summary>
    public abstract Task<byte[]> ReadValueAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes a value and waits for the device to acknowledge it.</summary>
    public abstract Task WriteValueWithResponseAsync(byte[] value, CancellationToken cancellationToken = default);

    /// <summary>Asks the device to send notifications; they arrive through <see cref="CharacteristicValueChanged"/>.</summary>
    public abstract Task StartNotificationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks the device to stop notifying.</summary>
    public abstract Task StopNotificationsAsync(CancellationToken cancellationToken = default);

    /// <summary>A notification or indication arrived. Raised on a transport thread: handlers must not block.</summary>
    public event EventHandler<GattCharacteristicValueChangedEventArgs>? CharacteristicValueChanged;

    /// <summary>Lets a backend raise <see cref="CharacteristicValueChanged"/>.</summary>
    protected void OnCharacteristicValueChanged(byte[] value, Exception? error = null) =>
        CharacteristicValueChanged?.Invoke(this, new GattCharacteristicValueChangedEventArgs(value, error));
}

/// <summary>A characteristic's new value (<see cref="Value"/>) or why it could not be read (<see cref="Error"/>).</summary>
public sealed class GattCharacteristicValueChangedEventArgs(byte[] value, Exception? error) : EventArgs
{
    public byte[] Value { get; } = value;
    public Exception? Error { get; } = error;
}
