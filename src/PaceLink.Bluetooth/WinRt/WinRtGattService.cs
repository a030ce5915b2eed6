using PaceLink.Bluetooth.Abstractions;
using Windows.Devices.Bluetooth;
using BluetoothDevice = PaceLink.Bluetooth.Abstractions.BluetoothDevice;
using Windows.Devices.Bluetooth.GenericAttributeProfile;
using GattCharacteristic = PaceLink.Bluetooth.Abstractions.GattCharacteristic;
using GattService = PaceLink.Bluetooth.Abstractions.GattService;

namespace PaceLink.Bluetooth.WinRt;

internal sealed class WinRtGattService(WinRtDevice device, GattDeviceService service, BluetoothUuid uuid) : GattService
{
    public override BluetoothUuid Uuid => uuid;
    public override BluetoothDevice Device => device;

    public override async Task<GattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default)
    {
        var result = await service.GetCharacteristicsForUuidAsync(characteristic.Value, BluetoothCacheMode.Uncached).AsTask(cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, $"listing the characteristics of {device}");
        return result.Characteristics.Count == 0 ? null : new WinRtGattCharacteristic(device, result.Characteristics[0], characteristic);
    }
}
