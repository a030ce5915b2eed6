using System.Collections.Immutable;
using PaceLink.Bluetooth.Abstractions;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

public sealed partial class BlueZBluetooth
{
    private ImmutableList<BluetoothLEScanOptions> _scans = [];

    /// <summary>
    /// Sets BlueZ's discovery filter (LE only, the filters' service UUIDs) and starts discovery.
    /// BlueZ merges the filters of every client, so each advertisement is checked again here.
    /// </summary>
    public async Task<BluetoothLEScan> RequestLEScanAsync(BluetoothLEScanOptions options, CancellationToken cancellationToken = default)
    {
        var adapter = RequirePoweredAdapter();
        var filter = new Dictionary<string, VariantValue> { ["Transport"] = VariantValue.String("le") };
        if (!options.AcceptAllAdvertisements)
            filter["UUIDs"] = VariantValue.Array(options.ServiceUuids.Select(u => u.ToString()).ToArray());
        await CallAsync(BlueZMessages.CallWithOptions(_bus, adapter, BlueZNames.Adapter, "SetDiscoveryFilter", filter),
            "setting the scan filter", cancellationToken).ConfigureAwait(false);
        ImmutableInterlocked.Update(ref _scans, s => s.Add(options));
        try
        {
            await CallAsync(BlueZMessages.Call(_bus, adapter, BlueZNames.Adapter, "StartDiscovery"), "starting a scan", cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            ImmutableInterlocked.Update(ref _scans, s => s.Remove(options));
            throw;
        }
        return new BluetoothLEScan(options, () => StopScanAsync(adapter, options));
    }

    private async ValueTask StopScanAsync(string adapter, BluetoothLEScanOptions options)
    {
        if (ImmutableInterlocked.Update(ref _scans, s => s.Remove(options)) && _scans.IsEmpty)
        {
            try
            {
                await CallAsync(BlueZMessages.Call(_bus, adapter, BlueZNames.Adapter, "StopDiscovery"), "stopping the scan", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Abstractions.BluetoothException)
            {
                // The adapter or bluetoothd went away: discovery stopped with it.
            }
        }
    }

    /// <summary>Raises <see cref="AdvertisementReceived"/> when a running scan accepts the device at <paramref name="path"/>.</summary>
    private void ReportAdvertisement(string path)
    {
        var scans = _scans;
        if (scans.IsEmpty || Cache.Get(path, BlueZNames.Device) is not { } props || props.String("Address") is not { } address) return;
        var name = props.String("Name");
        var uuids = props.Strings("UUIDs").Select(u => BluetoothUuid.TryParse(u, out var id) ? id : default).Where(id => id != default).ToArray();
        if (!scans.Any(s => s.Matches(name, uuids))) return;
        var device = _devices.GetOrAdd(path, p => new BlueZDevice(this, p, address));
        AdvertisementReceived?.Invoke(this, new BluetoothAdvertisingEvent(device, name, uuids, props.Int16("RSSI")));
    }
}
