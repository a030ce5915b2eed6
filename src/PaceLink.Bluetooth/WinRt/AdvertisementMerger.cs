using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>
/// Windows reports an advertisement and its scan response as two separate events; sensors often put
/// the service UUID in one and the name in the other. This keeps, per device and for one scan, what
/// all its packets said, so filters and names see the whole picture.
/// </summary>
internal sealed class AdvertisementMerger
{
    private readonly Dictionary<ulong, Seen> _seen = [];

    internal sealed record Seen(AddressKind AddressKind, bool IsConnectable, string? Name, IReadOnlyList<Guid> ServiceUuids, short Rssi);

    public Seen Add(WinRtAdvert advert)
    {
        lock (_seen)
        {
            var name = string.IsNullOrEmpty(advert.LocalName) ? null : advert.LocalName;
            var merged = _seen.TryGetValue(advert.Address, out var before)
                ? new Seen(
                    advert.IsScanResponse ? before.AddressKind : advert.AddressKind,
                    // Only the advertisement itself says whether the device accepts connections.
                    advert.IsScanResponse ? before.IsConnectable : advert.IsConnectable,
                    name ?? before.Name,
                    before.ServiceUuids.Union(advert.ServiceUuids).ToArray(),
                    advert.Rssi)
                : new Seen(advert.AddressKind, advert.IsConnectable || advert.IsScanResponse, name, advert.ServiceUuids.Distinct().ToArray(), advert.Rssi);
            _seen[advert.Address] = merged;
            return merged;
        }
    }
}
