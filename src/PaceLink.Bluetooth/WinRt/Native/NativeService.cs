using PaceLink.Bluetooth.WinRt.Seam;
using Windows.Devices.Bluetooth.GenericAttributeProfile;

namespace PaceLink.Bluetooth.WinRt.Native;

/// <summary>GattDeviceService behind <see cref="IWinRtService"/>.</summary>
internal sealed class NativeService(GattDeviceService service) : IWinRtService
{
    public Guid Uuid => service.Uuid;

    public async Task<GattList<IWinRtCharacteristic>> GetCharacteristicsForUuidAsync(Guid uuid, DiscoveryMode mode, CancellationToken cancellationToken)
    {
        var result = await service.GetCharacteristicsForUuidAsync(uuid, NativeValues.CacheMode(mode)).AsTask(cancellationToken).ConfigureAwait(false);
        return new(NativeValues.Status(result.Status, result.ProtocolError),
            result.Status == GattCommunicationStatus.Success ? result.Characteristics.Select(c => (IWinRtCharacteristic)new NativeCharacteristic(c)).ToArray() : []);
    }

    public void Dispose() => service.Dispose();
}
