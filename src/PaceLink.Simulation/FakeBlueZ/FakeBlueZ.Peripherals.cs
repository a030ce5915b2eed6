using PaceLink.Bluetooth.BlueZ;
using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

public sealed partial class FakeBlueZ
{
    public const string GattManager = "org.bluez.GattManager1";
    public const string AdvertisingManager = "org.bluez.LEAdvertisingManager1";

    // Registrations by (unique bus name of the program, object path); bluetoothd forgets them when it restarts.
    private readonly List<(string Sender, string Path)> _applications = [];
    private readonly List<(string Sender, string Path)> _advertisements = [];
    private (string Name, string Message)? _refuseNext;

    /// <summary>The applications registered through GattManager1: (program's bus name, root path).</summary>
    public IReadOnlyList<(string Sender, string Path)> Applications
    {
        get { lock (_gate) return _applications.ToList(); }
    }

    /// <summary>The advertisements registered through LEAdvertisingManager1: (program's bus name, path).</summary>
    public IReadOnlyList<(string Sender, string Path)> Advertisements
    {
        get { lock (_gate) return _advertisements.ToList(); }
    }

    /// <summary>The next RegisterApplication or RegisterAdvertisement is answered with this D-Bus error.</summary>
    public void RefuseNextRegistration(string errorName, string message)
    {
        lock (_gate) _refuseNext = (errorName, message);
    }

    /// <summary>A central on the adapter's side (a watch) that reads and subscribes to what registered programs offer.</summary>
    public FakeWatch Watch() => new(this);

    /// <summary>The bus bluetoothd's calls to registered programs go out on; null while off the bus.</summary>
    internal DBusConnection? Bus
    {
        get { lock (_gate) return _bus; }
    }

    private void HandleManager(MethodContext context, string path, string iface, string? member)
    {
        var sender = context.Request.SenderAsString ?? "";
        if (_tree.Properties(path, iface) is null)
        {
            context.ReplyError("org.freedesktop.DBus.Error.UnknownInterface", $"{iface} is not offered at {path}");
            return;
        }
        var target = context.Request.GetBodyReader().ReadObjectPathAsString();
        var advertising = iface == AdvertisingManager;
        var list = advertising ? _advertisements : _applications;
        switch (member)
        {
            case "RegisterAdvertisement" when _adapterOptions.AdvertisingTooOld:
                context.ReplyError("org.freedesktop.DBus.Error.UnknownMethod", $"Method \"RegisterAdvertisement\" on interface \"{iface}\" doesn't exist");
                break;
            case "RegisterApplication" or "RegisterAdvertisement" when _refuseNext is { } refusal:
                _refuseNext = null;
                context.ReplyError(refusal.Name, refusal.Message);
                break;
            case "RegisterApplication" or "RegisterAdvertisement" when list.Contains((sender, target)):
                context.ReplyError("org.bluez.Error.AlreadyExists", "Already Exists");
                break;
            case "RegisterAdvertisement" when _advertisements.Count >= _adapterOptions.AdvertisementSlots:
                context.ReplyError("org.bluez.Error.NotPermitted", "Maximum advertisements reached");
                break;
            case "RegisterApplication" or "RegisterAdvertisement":
                list.Add((sender, target));
                ReplyEmpty(context);
                if (advertising) UpdateActiveInstances();
                break;
            case "UnregisterApplication" or "UnregisterAdvertisement" when list.Remove((sender, target)):
                ReplyEmpty(context);
                if (advertising) UpdateActiveInstances();
                break;
            case "UnregisterApplication" or "UnregisterAdvertisement":
                context.ReplyError("org.bluez.Error.DoesNotExist", "Does Not Exist");
                break;
            default:
                context.ReplyError("org.freedesktop.DBus.Error.UnknownMethod", $"{iface}.{member} is not offered here");
                break;
        }
    }

    /// <summary>A program left the bus: bluetoothd drops what it registered, as BlueZ does.</summary>
    private void OnProgramLeft(string sender)
    {
        lock (_gate)
        {
            var dropped = _applications.RemoveAll(a => a.Sender == sender) + _advertisements.RemoveAll(a => a.Sender == sender);
            if (dropped > 0) UpdateActiveInstances();
        }
    }

    private void UpdateActiveInstances() =>
        _tree.Set(AdapterPath, AdvertisingManager, ("ActiveInstances", VariantValue.Byte((byte)_advertisements.Count)));

    private void ExportPeripheralManagers()
    {
        if (_adapterOptions.GattServer) _tree.Add(AdapterPath, GattManager, new());
        if (_adapterOptions.Advertising)
            _tree.Add(AdapterPath, AdvertisingManager, new()
            {
                ["ActiveInstances"] = VariantValue.Byte(0),
                ["SupportedInstances"] = VariantValue.Byte(_adapterOptions.AdvertisementSlots),
                ["SupportedIncludes"] = VariantValue.Array(new[] { "tx-power", "local-name" }),
            });
    }
}
