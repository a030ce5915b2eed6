using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Bluetooth.BlueZ;

public sealed partial class BlueZBluetooth
{
    // Every handler here runs on the bus receive loop: update, raise, return.

    private void OnPropertiesChanged(string path, string iface, PropertyMap changed)
    {
        switch (iface)
        {
            case BlueZNames.GattCharacteristic when changed.Bytes("Value") is { } value && _notifying.TryGetValue(path, out var characteristic):
                characteristic.OnValue(value);
                break;
            case BlueZNames.Device:
                if (changed.TryGetValue("Connected", out var connected) && !connected.GetBool() && _devices.TryGetValue(path, out var device))
                    device.OnLinkLost("the sensor disconnected");
                if (changed.ContainsKey("RSSI") || changed.ContainsKey("UUIDs") || changed.ContainsKey("Name"))
                    ReportAdvertisement(path);
                break;
            case BlueZNames.Adapter when changed.TryGetValue("Powered", out var powered) && path == FindAdapter():
                if (!powered.GetBool()) LoseAll(path, "the Bluetooth adapter was switched off");
                AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(powered.GetBool(),
                    powered.GetBool() ? "the Bluetooth adapter was switched on" : "the Bluetooth adapter was switched off"));
                break;
        }
    }

    private void OnInterfacesAdded(string path, IReadOnlyCollection<string> interfaces)
    {
        if (interfaces.Contains(BlueZNames.Device)) ReportAdvertisement(path);
        if (interfaces.Contains(BlueZNames.Adapter) && path == FindAdapter() && Cache.Get(path, BlueZNames.Adapter)?.Bool("Powered") == true)
            AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(true, "a Bluetooth adapter appeared"));
    }

    private void OnInterfacesRemoved(string path, IReadOnlyCollection<string> interfaces)
    {
        if (interfaces.Contains(BlueZNames.Device) && _devices.TryRemove(path, out var device))
            device.OnLinkLost("BlueZ forgot the sensor");
        if (interfaces.Contains(BlueZNames.Adapter))
        {
            LoseAll(path, "the Bluetooth adapter was removed");
            AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(false, "the Bluetooth adapter was removed"));
        }
    }

    private void OnServicePresenceChanged(bool present)
    {
        if (!present)
        {
            LoseAll(null, "the Bluetooth service (bluetoothd) stopped");
            _devices.Clear();
            _notifying.Clear();
        }
        AvailabilityChanged?.Invoke(this, new AvailabilityChangedEventArgs(present && IsAvailable(),
            present ? "the Bluetooth service (bluetoothd) started" : "the Bluetooth service (bluetoothd) stopped"));
    }

    /// <summary>Tells every device (below <paramref name="adapterPath"/> when given) that its link is gone.</summary>
    private void LoseAll(string? adapterPath, string reason)
    {
        foreach (var (path, device) in _devices)
            if (adapterPath is null || path.StartsWith(adapterPath + "/", StringComparison.Ordinal))
                device.OnLinkLost(reason);
    }
}
