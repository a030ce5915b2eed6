using PaceLink.Bluetooth.Abstractions;
using Windows.Devices.Bluetooth;
using Windows.Devices.Bluetooth.GenericAttributeProfile;
using Windows.Storage.Streams;
using WinRtCharacteristic = Windows.Devices.Bluetooth.GenericAttributeProfile.GattCharacteristic;
using WinRtProperties = Windows.Devices.Bluetooth.GenericAttributeProfile.GattCharacteristicProperties;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>Notifications are enabled by writing the CCCD; values arrive through ValueChanged.</summary>
internal sealed class WinRtGattCharacteristic(WinRtDevice device, WinRtCharacteristic characteristic, BluetoothUuid uuid) : Abstractions.GattCharacteristic
{
    public override BluetoothUuid Uuid => uuid;

    // The low eight bits of the WinRT flags are the GATT declaration's property bits, as ours are.
    public override Abstractions.GattCharacteristicProperties Properties =>
        (Abstractions.GattCharacteristicProperties)((uint)characteristic.CharacteristicProperties & 0xFF);

    public override async Task<byte[]> ReadValueAsync(CancellationToken cancellationToken = default)
    {
        var result = await characteristic.ReadValueAsync(BluetoothCacheMode.Uncached).AsTask(cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, $"reading from {device}");
        return ToBytes(result.Value);
    }

    public override async Task WriteValueWithResponseAsync(byte[] value, CancellationToken cancellationToken = default)
    {
        using var writer = new DataWriter();
        writer.WriteBytes(value);
        var status = await characteristic.WriteValueAsync(writer.DetachBuffer(), GattWriteOption.WriteWithResponse).AsTask(cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(status, $"writing to {device}");
    }

    public override async Task StartNotificationsAsync(CancellationToken cancellationToken = default)
    {
        var mode = (characteristic.CharacteristicProperties & WinRtProperties.Notify) != 0
            ? GattClientCharacteristicConfigurationDescriptorValue.Notify
            : GattClientCharacteristicConfigurationDescriptorValue.Indicate;
        characteristic.ValueChanged += OnValueChanged; // before the CCCD write, so the first value is not missed
        var status = await characteristic.WriteClientCharacteristicConfigurationDescriptorAsync(mode).AsTask(cancellationToken).ConfigureAwait(false);
        if (status != GattCommunicationStatus.Success) characteristic.ValueChanged -= OnValueChanged;
        WinRtStatus.ThrowIfFailed(status, $"starting notifications from {device}");
    }

    public override async Task StopNotificationsAsync(CancellationToken cancellationToken = default)
    {
        characteristic.ValueChanged -= OnValueChanged;
        var status = await characteristic.WriteClientCharacteristicConfigurationDescriptorAsync(GattClientCharacteristicConfigurationDescriptorValue.None)
            .AsTask(cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(status, $"stopping notifications from {device}");
    }

    private void OnValueChanged(WinRtCharacteristic sender, GattValueChangedEventArgs args) => OnCharacteristicValueChanged(ToBytes(args.CharacteristicValue));

    private static byte[] ToBytes(IBuffer buffer)
    {
        var bytes = new byte[buffer.Length];
        using var reader = DataReader.FromBuffer(buffer);
        reader.ReadBytes(bytes);
        return bytes;
    }
}
