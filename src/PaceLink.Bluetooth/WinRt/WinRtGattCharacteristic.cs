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
        // A value is read from the sensor itself: Windows' cached value may be minutes old.
        var result = await WinRtStatus.Guard(() => characteristic.ReadAsync(DiscoveryMode.Uncached, cancellationToken), $"reading from {device}").ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, $"reading from {device}");
        return result.Value;
    }

    public override async Task WriteValueWithResponseAsync(byte[] value, CancellationToken cancellationToken = default)
    {
        var status = await WinRtStatus.Guard(() => characteristic.WriteAsync(value, cancellationToken), $"writing to {device}").ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(status, $"writing to {device}");
    }

    public override async Task StartNotificationsAsync(CancellationToken cancellationToken = default)
    {
        var mode = (Properties & GattCharacteristicProperties.Notify) != 0 ? CccdMode.Notify : CccdMode.Indicate;
        // Always written, also when this characteristic notified before: a sensor that is not bonded
        // forgets its CCCD when the link drops, so every connection must ask again.
        characteristic.ValueChanged -= OnValueChanged;
        characteristic.ValueChanged += OnValueChanged; // before the CCCD write, so the first value is not missed
        try
        {
            var status = await WinRtStatus.Guard(() => characteristic.WriteCccdAsync(mode, cancellationToken), $"starting notifications from {device}").ConfigureAwait(false);
            WinRtStatus.ThrowIfFailed(status, $"starting notifications from {device}");
            device.Server.WhenReleased(() => characteristic.ValueChanged -= OnValueChanged);
        }
        catch
        {
            characteristic.ValueChanged -= OnValueChanged;
            throw;
        }
    }

    public override async Task StopNotificationsAsync(CancellationToken cancellationToken = default)
    {
        characteristic.ValueChanged -= OnValueChanged;
        var status = await WinRtStatus.Guard(() => characteristic.WriteCccdAsync(CccdMode.None, cancellationToken), $"stopping notifications from {device}").ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(status, $"stopping notifications from {device}");
    }

    private void OnValueChanged(byte[] value) => OnCharacteristicValueChanged(value);
}
