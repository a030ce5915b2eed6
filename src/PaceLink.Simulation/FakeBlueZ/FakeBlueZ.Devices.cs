using PaceLink.Bluetooth.BlueZ;
using PaceLink.Core.Gatt;
using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

public sealed partial class FakeBlueZ
{
    // Everything here runs under _gate.

    private void ExportDevice(DeviceState d)
    {
        if (d.Exported) return;
        d.Exported = true;
        _tree.Add(d.Path, BlueZNames.Device, new()
        {
            ["Address"] = VariantValue.String(d.Spec.Address),
            ["AddressType"] = VariantValue.String("random"),
            ["Name"] = VariantValue.String(d.Spec.Name),
            ["Alias"] = VariantValue.String(d.Spec.Name),
            ["Adapter"] = VariantValue.ObjectPath(new ObjectPath(AdapterPath)),
            ["UUIDs"] = VariantValue.Array(d.Spec.Advertised.Select(GattIds.ToUuid).ToArray()),
            ["RSSI"] = VariantValue.Int16(d.Spec.Rssi),
            ["Paired"] = VariantValue.Bool(false),
            ["Trusted"] = VariantValue.Bool(d.Trusted),
            ["Connected"] = VariantValue.Bool(false),
            ["ServicesResolved"] = VariantValue.Bool(false),
        });
        if (d.Spec.BatteryPercent is { } battery)
            _tree.Add(d.Path, BlueZNames.Battery, new() { ["Percentage"] = VariantValue.Byte(battery) });
    }

    private void ResolveServices(DeviceState d)
    {
        for (var s = 0; s < d.Spec.Services.Count; s++)
        {
            var service = d.Spec.Services[s];
            var servicePath = d.ServicePath(s);
            _tree.Add(servicePath, BlueZNames.GattService, new()
            {
                ["UUID"] = VariantValue.String(GattIds.ToUuid(service.Id)),
                ["Primary"] = VariantValue.Bool(true),
                ["Device"] = VariantValue.ObjectPath(new ObjectPath(d.Path)),
            });
            foreach (var c in service.Characteristics)
                _tree.Add(d.CharacteristicPath(c.Id), BlueZNames.GattCharacteristic, new()
                {
                    ["UUID"] = VariantValue.String(GattIds.ToUuid(c.Id)),
                    ["Service"] = VariantValue.ObjectPath(new ObjectPath(servicePath)),
                    ["Flags"] = VariantValue.Array(c.Flags.ToArray()),
                    ["Value"] = VariantValue.Array(c.Value),
                    ["Notifying"] = VariantValue.Bool(false),
                });
        }
        _tree.Set(d.Path, BlueZNames.Device, ("ServicesResolved", VariantValue.Bool(true)));
    }

    /// <summary>The link ends: services unresolved, GATT objects removed (the device is not bonded), Connected=false.</summary>
    private void Disconnect(DeviceState d)
    {
        if (!d.Connected) return;
        d.Connected = false;
        d.Notifying.Clear();
        _tree.Set(d.Path, BlueZNames.Device, ("ServicesResolved", VariantValue.Bool(false)));
        for (var s = 0; s < d.Spec.Services.Count; s++) _tree.RemoveTree(d.ServicePath(s));
        _tree.Set(d.Path, BlueZNames.Device, ("Connected", VariantValue.Bool(false)));
    }

    private void StartDiscovery()
    {
        _tree.Set(AdapterPath, BlueZNames.Adapter, ("Discovering", VariantValue.Bool(true)));
        foreach (var d in _devices.Values.Where(d => d.InRange))
        {
            if (d.Exported) _tree.Set(d.Path, BlueZNames.Device, ("RSSI", VariantValue.Int16(d.Spec.Rssi)));
            else ExportDevice(d);
        }
    }

    private void SetPoweredLocked(bool powered)
    {
        if (_tree.Properties(AdapterPath, BlueZNames.Adapter) is null) return;
        if (!powered)
        {
            foreach (var d in _devices.Values) Disconnect(d);
            _tree.Set(AdapterPath, BlueZNames.Adapter, ("Discovering", VariantValue.Bool(false)));
        }
        _tree.Set(AdapterPath, BlueZNames.Adapter, ("Powered", VariantValue.Bool(powered)));
    }

    private bool Powered => _tree.Properties(AdapterPath, BlueZNames.Adapter) is { } p && p["Powered"].GetBool();

    private DeviceState? DeviceAt(string path) => _devices.Values.FirstOrDefault(d => d.Exported && d.Path == path);

    /// <summary>The device and characteristic id at a characteristic path, when connected.</summary>
    private (DeviceState Device, ushort Id)? CharacteristicAt(string path)
    {
        foreach (var d in _devices.Values.Where(d => d.Connected))
            foreach (var c in d.Spec.Services.SelectMany(s => s.Characteristics))
                if (d.CharacteristicPath(c.Id) == path) return (d, c.Id);
        return null;
    }
}
