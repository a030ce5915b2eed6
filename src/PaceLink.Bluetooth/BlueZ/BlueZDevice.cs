using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>A BlueZ Device1 object.</summary>
internal sealed class BlueZDevice : BluetoothDevice
{
    private readonly BlueZGattServer _gatt;

    public BlueZDevice(BlueZBluetooth bluetooth, string path, string address)
    {
        Bluetooth = bluetooth;
        Path = path;
        Id = address.ToUpperInvariant();
        _gatt = new BlueZGattServer(this);
    }

    public BlueZBluetooth Bluetooth { get; }
    public string Path { get; }

    public override string Id { get; }
    public override string? Name => Bluetooth.Cache.Get(Path, BlueZNames.Device)?.String("Name");
    public override RemoteGattServer Gatt => _gatt;

    /// <summary>BlueZ's Battery1.Percentage (BlueZ takes the Battery service over and hides its 0x2A19).</summary>
    public override Task<int?> GetPlatformBatteryLevelAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<int?>(Bluetooth.Cache.Get(Path, BlueZNames.Battery)?.Byte("Percentage"));

    /// <summary>Raises <see cref="BluetoothDevice.GattServerDisconnected"/> once per connection.</summary>
    internal void OnLinkLost(string reason)
    {
        if (_gatt.MarkDisconnected()) OnGattServerDisconnected(reason);
    }
}
