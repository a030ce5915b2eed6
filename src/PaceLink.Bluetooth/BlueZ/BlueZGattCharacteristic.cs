using PaceLink.Bluetooth.Abstractions;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>
/// A BlueZ GattCharacteristic1 object. Notifications use StartNotify and arrive as
/// PropertiesChanged(Value) on the characteristic's path.
/// </summary>
internal sealed class BlueZGattCharacteristic(BlueZDevice device, string path, BluetoothUuid uuid, GattCharacteristicProperties properties)
    : GattCharacteristic
{
    public string Path => path;
    public override BluetoothUuid Uuid => uuid;
    public override GattCharacteristicProperties Properties => properties;

    private BlueZBluetooth Bt => device.Bluetooth;

    public override Task<byte[]> ReadValueAsync(CancellationToken cancellationToken = default) =>
        Bt.CallAsync(BlueZMessages.CallWithOptions(Bt.Bus, path, BlueZNames.GattCharacteristic, "ReadValue", []),
            BlueZMessages.ReadBytes, $"reading {Describe()}", cancellationToken);

    public override Task WriteValueWithResponseAsync(byte[] value, CancellationToken cancellationToken = default) =>
        Bt.CallAsync(BlueZMessages.WriteValue(Bt.Bus, path, value, "request"), $"writing {Describe()}", cancellationToken);

    public override async Task StartNotificationsAsync(CancellationToken cancellationToken = default)
    {
        if ((properties & (GattCharacteristicProperties.Notify | GattCharacteristicProperties.Indicate)) == 0)
            throw new ServiceMissingException($"{Describe()} cannot send notifications.");
        Bt.Track(this); // before StartNotify, so the first value is not missed
        // BlueZ keeps one notify session per client across a dropped link, and a StartNotify on a
        // session left over from the last link returns at once without writing the sensor's CCC
        // descriptor: the link would come back silent. Ending any old session first makes BlueZ
        // subscribe afresh on this link.
        await StopOldSessionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Bt.CallRawAsync(BlueZMessages.Call(Bt.Bus, path, BlueZNames.GattCharacteristic, "StartNotify"), Bt.Options.CallTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException e) when (e.ErrorName == "org.bluez.Error.InProgress")
        {
            // Another StartNotify is under way: the values come all the same.
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Bt.Untrack(this);
            throw BlueZErrors.Translate(e, $"starting notifications from {Describe()}");
        }
    }

    private async Task StopOldSessionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Bt.CallRawAsync(BlueZMessages.Call(Bt.Bus, path, BlueZNames.GattCharacteristic, "StopNotify"), Bt.Options.CallTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException)
        {
            // No session to end (the usual case): nothing to do.
        }
    }

    public override async Task StopNotificationsAsync(CancellationToken cancellationToken = default)
    {
        Bt.Untrack(this);
        await Bt.CallAsync(BlueZMessages.Call(Bt.Bus, path, BlueZNames.GattCharacteristic, "StopNotify"),
            $"stopping notifications from {Describe()}", cancellationToken).ConfigureAwait(false);
    }

    internal void OnValue(byte[] value) => OnCharacteristicValueChanged(value);

    private string Describe() => $"{uuid.ShortId?.ToString("X4") ?? uuid.ToString()} on {device}";

    internal static GattCharacteristicProperties ParseFlags(IEnumerable<string> flags) => flags.Aggregate(GattCharacteristicProperties.None, (all, flag) => all | flag switch
    {
        "broadcast" => GattCharacteristicProperties.Broadcast,
        "read" => GattCharacteristicProperties.Read,
        "write-without-response" => GattCharacteristicProperties.WriteWithoutResponse,
        "write" => GattCharacteristicProperties.Write,
        "notify" => GattCharacteristicProperties.Notify,
        "indicate" => GattCharacteristicProperties.Indicate,
        "authenticated-signed-writes" => GattCharacteristicProperties.AuthenticatedSignedWrites,
        "extended-properties" => GattCharacteristicProperties.ExtendedProperties,
        _ => GattCharacteristicProperties.None,
    });
}
