namespace PaceLink.Bluetooth.Abstractions;

/// <summary>
/// The local Bluetooth radio as one platform exposes it (Web Bluetooth's navigator.bluetooth,
/// InTheHand's static Bluetooth class). Implemented by the BlueZ and WinRT backends.
/// </summary>
public interface IBluetooth : IAsyncDisposable
{
    /// <summary>True when an adapter exists and is powered.</summary>
    Task<bool> GetAvailabilityAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns when Bluetooth can be used; otherwise throws the exception that says what is missing
    /// (<see cref="NoAdapterException"/>, <see cref="AdapterOffException"/>, <see cref="BluetoothPermissionException"/>).
    /// </summary>
    Task EnsureAvailableAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The adapter was switched on or off, or the platform's Bluetooth service went away or came
    /// back. Raised on a transport thread: handlers must not block.
    /// </summary>
    event EventHandler<AvailabilityChangedEventArgs>? AvailabilityChanged;

    /// <summary>A device matching a running scan advertised. Raised on a transport thread.</summary>
    event EventHandler<BluetoothAdvertisingEvent>? AdvertisementReceived;

    /// <summary>Starts scanning; advertisements arrive through <see cref="AdvertisementReceived"/> until the scan is stopped.</summary>
    Task<BluetoothLEScan> RequestLEScanAsync(BluetoothLEScanOptions options, CancellationToken cancellationToken = default);

    /// <summary>The device with this id (its address). Throws <see cref="DeviceNotFoundException"/> when the platform does not know it.</summary>
    Task<BluetoothDevice> GetDeviceAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>Whether Bluetooth can be used now.</summary>
public sealed class AvailabilityChangedEventArgs(bool isAvailable, string reason) : EventArgs
{
    public bool IsAvailable { get; } = isAvailable;

    /// <summary>What happened, as a sentence ("the adapter was switched off").</summary>
    public string Reason { get; } = reason;
}
