using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

internal sealed class WinRtGattService(WinRtDevice device, IWinRtService service, BluetoothUuid uuid) : GattService
{
    public override BluetoothUuid Uuid => uuid;
    public override BluetoothDevice Device => device;

    public override async Task<GattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default)
    {
        var result = await service.GetCharacteristicsForUuidAsync(characteristic.Value, DiscoveryMode.Uncached, cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, $"listing the characteristics of {device}");
        return result.Items.Count == 0 ? null : new WinRtGattCharacteristic(device, result.Items[0], characteristic);
    }
}
