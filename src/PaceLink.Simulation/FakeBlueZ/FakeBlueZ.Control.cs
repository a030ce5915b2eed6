using PaceLink.Bluetooth.BlueZ;
using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

public sealed partial class FakeBlueZ
{
    /// <summary>
    /// Sends a notification from a connected device, as PropertiesChanged(Value) on the
    /// characteristic. Returns false when nobody asked for notifications (not connected, not notifying).
    /// </summary>
    public bool Notify(string address, ushort characteristic, ReadOnlySpan<byte> payload)
    {
        var bytes = payload.ToArray();
        lock (_gate)
        {
            if (!_devices.TryGetValue(address, out var d) || !d.Connected || !d.Notifying.Contains(characteristic)) return false;
            _tree.Set(d.CharacteristicPath(characteristic), BlueZNames.GattCharacteristic, ("Value", VariantValue.Array(bytes)));
            return true;
        }
    }

    /// <summary>True while the device is connected and notifying this characteristic.</summary>
    public bool IsNotifying(string address, ushort characteristic)
    {
        lock (_gate) return _devices.TryGetValue(address, out var d) && d.Connected && d.Notifying.Contains(characteristic);
    }

    /// <summary>The link to a device drops (it went out of range or was switched off for a moment).</summary>
    public void DropConnection(string address)
    {
        lock (_gate)
            if (_devices.TryGetValue(address, out var d)) Disconnect(d);
    }

    /// <summary>While out of range a device cannot be discovered or connected.</summary>
    public void SetInRange(string address, bool inRange)
    {
        lock (_gate)
        {
            if (!_devices.TryGetValue(address, out var d)) return;
            d.InRange = inRange;
            if (!inRange) Disconnect(d);
        }
    }

    /// <summary>BlueZ forgets the device: its objects go with InterfacesRemoved; the next discovery brings it back.</summary>
    public void RemoveDevice(string address)
    {
        lock (_gate)
        {
            if (!_devices.TryGetValue(address, out var d) || !d.Exported) return;
            Disconnect(d);
            d.Exported = false;
            _tree.RemoveTree(d.Path);
        }
    }

    /// <summary>Switches the adapter off (every link drops) or on.</summary>
    public void SetPowered(bool powered)
    {
        lock (_gate) SetPoweredLocked(powered);
    }

    /// <summary>Whether a device is marked trusted (pacelink pair sets it).</summary>
    public bool IsTrusted(string address)
    {
        lock (_gate) return _devices.TryGetValue(address, out var d) && d.Trusted;
    }

    /// <summary>Lists the device as BlueZ does for one seen in an earlier scan, without a scan now.</summary>
    public void MakeKnown(string address)
    {
        lock (_gate)
            if (_devices.TryGetValue(address, out var d)) ExportDevice(d);
    }

    /// <summary>Whether connecting to the device ever gets as far as ServicesResolved.</summary>
    public void SetResolvesServices(string address, bool resolves)
    {
        lock (_gate)
            if (_devices.TryGetValue(address, out var d)) d.ResolvesServices = resolves;
    }
}
