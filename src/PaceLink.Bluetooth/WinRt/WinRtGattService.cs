using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

internal sealed class WinRtGattService(WinRtDevice device, IWinRtService service, BluetoothUuid uuid) : GattService
{
    public override BluetoothUuid Uuid => uuid;
    public override BluetoothDevice Device => device;

    /// <summary>
    /// From Windows' cache first (filled by earlier connections); over the air only when the cache
    /// does not have it — a sensor seen for the first time, or one whose firmware changed.
    /// </summary>
    public override async Task<GattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default)
    {
        var what = $"listing the characteristics of {device}";
        var cached = await WinRtStatus.Guard(() => service.GetCharacteristicsForUuidAsync(characteristic.Value, DiscoveryMode.Cached, cancellationToken), what).ConfigureAwait(false);
        var result = cached is { Status.Outcome: GattOutcome.Success, Items.Count: > 0 }
            ? cached
            : await WinRtStatus.Guard(() => service.GetCharacteristicsForUuidAsync(characteristic.Value, DiscoveryMode.Uncached, cancellationToken), what).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, what);
        return result.Items.Count == 0 ? null : new WinRtGattCharacteristic(device, result.Items[0], characteristic);
    }
}
