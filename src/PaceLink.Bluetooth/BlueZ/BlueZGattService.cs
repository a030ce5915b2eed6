using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>A BlueZ GattService1 object; its characteristics are the GattCharacteristic1 objects below it.</summary>
internal sealed class BlueZGattService(BlueZDevice device, string path, BluetoothUuid uuid) : GattService
{
    public override BluetoothUuid Uuid => uuid;
    public override BluetoothDevice Device => device;

    public override Task<GattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default)
    {
        var match = device.Bluetooth.Cache.Find(BlueZNames.GattCharacteristic, path)
            .FirstOrDefault(c => BluetoothUuid.TryParse(c.Properties.String("UUID"), out var u) && u == characteristic);
        return Task.FromResult<GattCharacteristic?>(match.Path is null ? null
            : new BlueZGattCharacteristic(device, match.Path, characteristic, BlueZGattCharacteristic.ParseFlags(match.Properties.Strings("Flags"))));
    }
}
