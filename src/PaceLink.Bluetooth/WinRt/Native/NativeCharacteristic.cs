using PaceLink.Bluetooth.WinRt.Seam;
using Windows.Devices.Bluetooth.GenericAttributeProfile;
using Windows.Storage.Streams;

namespace PaceLink.Bluetooth.WinRt.Native;

/// <summary>GattCharacteristic behind <see cref="IWinRtCharacteristic"/>.</summary>
internal sealed class NativeCharacteristic : IWinRtCharacteristic
{
    private readonly GattCharacteristic _characteristic;
    private Action<byte[]>? _valueChanged;

    public NativeCharacteristic(GattCharacteristic characteristic) => _characteristic = characteristic;

    public uint Properties => (uint)_characteristic.CharacteristicProperties;

    // Hooked into WinRT only while someone listens, so an unused characteristic holds no event registration.
    public event Action<byte[]>? ValueChanged
    {
        add
        {
            if (_valueChanged is null) _characteristic.ValueChanged += OnValueChanged;
            _valueChanged += value;
        }
        remove
        {
            _valueChanged -= value;
            if (_valueChanged is null) _characteristic.ValueChanged -= OnValueChanged;
        }
    }

    private void OnValueChanged(GattCharacteristic sender, GattValueChangedEventArgs args) => _valueChanged?.Invoke(ToBytes(args.CharacteristicValue));

    public async Task<GattRead> ReadAsync(DiscoveryMode mode, CancellationToken cancellationToken)
    {
        var result = await _characteristic.ReadValueAsync(NativeValues.CacheMode(mode)).AsTask(cancellationToken).ConfigureAwait(false);
        var status = NativeValues.Status(result.Status, result.ProtocolError);
        return new GattRead(status, status.Outcome == GattOutcome.Success ? ToBytes(result.Value) : []);
    }

    public async Task<GattStatus> WriteAsync(byte[] value, CancellationToken cancellationToken)
    {
        using var writer = new DataWriter();
        writer.WriteBytes(value);
        var result = await _characteristic.WriteValueWithResultAsync(writer.DetachBuffer(), GattWriteOption.WriteWithResponse).AsTask(cancellationToken).ConfigureAwait(false);
        return NativeValues.Status(result.Status, result.ProtocolError);
    }

    public async Task<GattStatus> WriteCccdAsync(CccdMode mode, CancellationToken cancellationToken)
    {
        var value = mode switch
        {
            CccdMode.Notify => GattClientCharacteristicConfigurationDescriptorValue.Notify,
            CccdMode.Indicate => GattClientCharacteristicConfigurationDescriptorValue.Indicate,
            _ => GattClientCharacteristicConfigurationDescriptorValue.None,
        };
        var result = await _characteristic.WriteClientCharacteristicConfigurationDescriptorWithResultAsync(value).AsTask(cancellationToken).ConfigureAwait(false);
        return NativeValues.Status(result.Status, result.ProtocolError);
    }

    private static byte[] ToBytes(IBuffer buffer)
    {
        var bytes = new byte[buffer.Length];
        using var reader = DataReader.FromBuffer(buffer);
        reader.ReadBytes(bytes);
        return bytes;
    }
}
