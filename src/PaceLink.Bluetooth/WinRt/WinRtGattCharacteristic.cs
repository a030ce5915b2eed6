using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>Notifications are enabled by writing the CCCD; values arrive through ValueChanged.</summary>
internal sealed class WinRtGattCharacteristic(WinRtDevice device, IWinRtCharacteristic characteristic, BluetoothUuid uuid) : GattCharacteristic
{
    public override BluetoothUuid Uuid => uuid;

    // The low eight bits of the WinRT flags are the GATT declaration's property bits, as ours are.
    public override GattCharacteristicProperties Properties => (GattCharacteristicProperties)(characteristic.Properties & 0xFF);

    public override async Task<byte[]> ReadValueAsync(CancellationToken cancellationToken = default)
    {
        var result = await characteristic.ReadAsync(DiscoveryMode.Uncached, cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, $"reading from {device}");
        return result.Value;
    }

    public override async Task WriteValueWithResponseAsync(byte[] value, CancellationToken cancellationToken = default)
    {
        var status = await characteristic.WriteAsync(value, cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(status, $"writing to {device}");
    }

    public override async Task StartNotificationsAsync(CancellationToken cancellationToken = default)
    {
        var mode = (Properties & GattCharacteristicProperties.Notify) != 0 ? CccdMode.Notify : CccdMode.Indicate;
        characteristic.ValueChanged += OnValueChanged; // before the CCCD write, so the first value is not missed
        var status = await characteristic.WriteCccdAsync(mode, cancellationToken).ConfigureAwait(false);
        if (status.Outcome != GattOutcome.Success) characteristic.ValueChanged -= OnValueChanged;
        WinRtStatus.ThrowIfFailed(status, $"starting notifications from {device}");
    }

    public override async Task StopNotificationsAsync(CancellationToken cancellationToken = default)
    {
        characteristic.ValueChanged -= OnValueChanged;
        var status = await characteristic.WriteCccdAsync(CccdMode.None, cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(status, $"stopping notifications from {device}");
    }

    private void OnValueChanged(byte[] value) => OnCharacteristicValueChanged(value);
}
