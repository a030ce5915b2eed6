using PaceLink.Bluetooth.BlueZ;
using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

public sealed partial class FakeBlueZ
{
    /// <summary>org.freedesktop.DBus.Properties: Get, GetAll, and Set for Adapter1.Powered and Device1.Trusted.</summary>
    private void HandleProperties(MethodContext context, string path, string? member)
    {
        var reader = context.Request.GetBodyReader();
        var iface = reader.ReadString();
        var props = _tree.Properties(path, iface);
        if (props is null)
        {
            context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"No interface {iface} at {path}");
            return;
        }
        switch (member)
        {
            case "GetAll":
                using (var w = context.CreateReplyWriter("a{sv}"))
                {
                    w.WriteDictionary(props);
                    context.Reply(w.CreateMessage());
                }
                break;
            case "Get":
                var name = reader.ReadString();
                if (!props.TryGetValue(name, out var value)) { context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"No property {name}"); return; }
                using (var w = context.CreateReplyWriter("v"))
                {
                    w.WriteVariant(value);
                    context.Reply(w.CreateMessage());
                }
                break;
            case "Set":
                var property = reader.ReadString();
                var newValue = reader.ReadVariantValue();
                SetProperty(context, path, iface, property, newValue);
                break;
            default:
                context.ReplyError("org.freedesktop.DBus.Error.UnknownMethod", $"Properties.{member} is not offered here");
                break;
        }
    }

    private void SetProperty(MethodContext context, string path, string iface, string property, VariantValue value)
    {
        switch (iface, property)
        {
            case (BlueZNames.Adapter, "Powered"):
                ReplyEmpty(context);
                SetPoweredLocked(value.GetBool());
                break;
            case (BlueZNames.Device, "Trusted") when DeviceAt(path) is { } d:
                d.Trusted = value.GetBool();
                ReplyEmpty(context);
                _tree.Set(path, iface, ("Trusted", value));
                break;
            default:
                context.ReplyError("org.freedesktop.DBus.Error.PropertyReadOnly", $"{property} cannot be set");
                break;
        }
    }
}
