using PaceLink.Bluetooth.BlueZ;
using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

public sealed partial class FakeBlueZ
{
    /// <summary>
    /// Receives every method call on the service. Runs on the connection's receive loop, so each
    /// call is handled synchronously under the lock and never waits.
    /// </summary>
    private sealed class Handler(FakeBlueZ fake) : IPathMethodHandler
    {
        public string Path => "/";
        public bool HandlesChildPaths => true;

        public ValueTask HandleMethodAsync(MethodContext context)
        {
            lock (fake._gate) fake.Handle(context);
            return ValueTask.CompletedTask;
        }
    }

    private void Handle(MethodContext context)
    {
        var request = context.Request;
        var path = request.PathAsString ?? "/";
        var iface = request.InterfaceAsString;
        var member = request.MemberAsString;
        if (iface == BlueZNames.ObjectManager && member == "GetManagedObjects" && path == "/")
        {
            context.Reply(_tree.ManagedObjectsReply(context));
            return;
        }
        if (iface == BlueZNames.Properties)
        {
            HandleProperties(context, path, member);
            return;
        }
        if (!_tree.Exists(path))
        {
            context.ReplyError("org.freedesktop.DBus.Error.UnknownObject", $"No object at {path}");
            return;
        }
        switch (iface)
        {
            case BlueZNames.Adapter: HandleAdapter(context, member); break;
            case BlueZNames.Device: HandleDevice(context, path, member); break;
            case BlueZNames.GattCharacteristic: HandleCharacteristic(context, path, member); break;
            case GattManager or AdvertisingManager: HandleManager(context, path, iface, member); break;
            default: context.ReplyError("org.freedesktop.DBus.Error.UnknownMethod", $"{iface}.{member} is not offered here"); break;
        }
    }

    private void HandleAdapter(MethodContext context, string? member)
    {
        switch (member)
        {
            case "SetDiscoveryFilter":
                // Accepted and ignored, as when another client's broader filter is merged in: clients must re-check matches.
                ReplyEmpty(context);
                break;
            case "StartDiscovery" when !Powered:
                context.ReplyError("org.bluez.Error.NotReady", "Resource Not Ready");
                break;
            case "StartDiscovery":
                ReplyEmpty(context);
                StartDiscovery();
                break;
            case "StopDiscovery":
                ReplyEmpty(context);
                _tree.Set(AdapterPath, BlueZNames.Adapter, ("Discovering", VariantValue.Bool(false)));
                break;
            default:
                context.ReplyError("org.freedesktop.DBus.Error.UnknownMethod", $"Adapter1.{member} is not offered here");
                break;
        }
    }

    private void HandleDevice(MethodContext context, string path, string? member)
    {
        var d = DeviceAt(path);
        if (d is null) { context.ReplyError("org.freedesktop.DBus.Error.UnknownObject", $"No device at {path}"); return; }
        switch (member)
        {
            case "Connect" when !Powered:
                context.ReplyError("org.bluez.Error.NotReady", "Resource Not Ready");
                break;
            case "Connect" when !d.InRange:
                context.ReplyError("org.bluez.Error.Failed", "le-connection-abort-by-local");
                break;
            case "Connect":
                if (!d.Connected)
                {
                    d.Connected = true;
                    _tree.Set(d.Path, BlueZNames.Device, ("Connected", VariantValue.Bool(true)));
                    ReplyEmpty(context);
                    if (d.ResolvesServices) ResolveServices(d); // after the reply, so clients must wait for ServicesResolved
                }
                else context.ReplyError("org.bluez.Error.AlreadyConnected", "Already Connected");
                break;
            case "Disconnect":
                Disconnect(d);
                ReplyEmpty(context);
                break;
            default:
                context.ReplyError("org.freedesktop.DBus.Error.UnknownMethod", $"Device1.{member} is not offered here");
                break;
        }
    }

    private void HandleCharacteristic(MethodContext context, string path, string? member)
    {
        if (CharacteristicAt(path) is not var (d, id)) { context.ReplyError("org.bluez.Error.Failed", "Not connected"); return; }
        var spec = d.Characteristic(id)!;
        switch (member)
        {
            case "StartNotify" when spec.Flags.Contains("notify"):
                if (!d.Sessions.Add((context.Request.SenderAsString ?? "", id))) { ReplyEmpty(context); break; }
                d.Notifying.Add(id);
                ReplyEmpty(context);
                _tree.Set(path, BlueZNames.GattCharacteristic, ("Notifying", VariantValue.Bool(true)));
                break;
            case "StopNotify":
                if (!d.Sessions.Remove((context.Request.SenderAsString ?? "", id))) { context.ReplyError("org.bluez.Error.Failed", "No notify session started"); break; }
                d.Notifying.Remove(id);
                ReplyEmpty(context);
                _tree.Set(path, BlueZNames.GattCharacteristic, ("Notifying", VariantValue.Bool(false)));
                break;
            case "ReadValue" when spec.Flags.Contains("read"):
                using (var w = context.CreateReplyWriter("ay"))
                {
                    w.WriteArray(spec.Value);
                    context.Reply(w.CreateMessage());
                }
                break;
            case "WriteValue" when spec.Flags.Contains("write"):
                ReplyEmpty(context);
                break;
            default:
                context.ReplyError("org.bluez.Error.NotSupported", "Operation is not supported");
                break;
        }
    }

    private static void ReplyEmpty(MethodContext context)
    {
        using var w = context.CreateReplyWriter(null!);
        context.Reply(w.CreateMessage());
    }
}
