using PaceLink.Bluetooth.Abstractions;
using PaceLink.Core.Gatt;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>Battery level and wearing location, read once per connection. Both are optional: a failure reads as "not reported".</summary>
internal static class SensorDetails
{
    /// <summary>The GATT Battery Level (0x180F/0x2A19) when the device exposes it, else the platform's own report (BlueZ Battery1).</summary>
    public static async Task<int?> ReadBatteryAsync(BluetoothDevice device, CancellationToken cancel)
    {
        try
        {
            if (await device.Gatt.GetPrimaryServiceAsync(GattIds.BatteryService, cancel).ConfigureAwait(false) is { } battery
                && await battery.GetCharacteristicAsync(GattIds.BatteryLevel, cancel).ConfigureAwait(false) is { } level
                && (level.Properties & GattCharacteristicProperties.Read) != 0
                && await level.ReadValueAsync(cancel).ConfigureAwait(false) is [var percent, ..] && percent <= 100)
                return percent;
            return await device.GetPlatformBatteryLevelAsync(cancel).ConfigureAwait(false);
        }
        catch (BluetoothException)
        {
            return null;
        }
    }

    public static async Task<string?> ReadLocationAsync(GattService service, SensorProfile profile, CancellationToken cancel)
    {
        if (profile.Location is not { } id) return null;
        try
        {
            return await service.GetCharacteristicAsync(id, cancel).ConfigureAwait(false) is { } location
                   && (location.Properties & GattCharacteristicProperties.Read) != 0
                   && await location.ReadValueAsync(cancel).ConfigureAwait(false) is [var value, ..]
                ? SensorLocations.Describe(id, value)
                : null;
        }
        catch (BluetoothException)
        {
            return null;
        }
    }
}
