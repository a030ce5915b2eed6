using PaceLink.Bluetooth.Abstractions;
using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>Device1 Connect/Disconnect and the GattService1 objects under the device.</summary>
internal sealed class BlueZGattServer(BlueZDevice device) : RemoteGattServer
{
    private int _connected;

    public override BluetoothDevice Device => device;

    public override bool IsConnected => Volatile.Read(ref _connected) == 1 && LinkUp();

    private bool LinkUp() => device.Bluetooth.Cache.Get(device.Path, BlueZNames.Device) is { } p && p.Bool("Connected") && p.Bool("ServicesResolved");

    /// <summary>Connect, then wait for Connected and ServicesResolved. Pairs only when BlueZ says the device requires it.</summary>
    public override async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        var bt = device.Bluetooth;
        bt.RequirePoweredAdapter();
        if (!LinkUp())
        {
            await CallConnectAsync(cancellationToken).ConfigureAwait(false);
            await WaitResolvedAsync(cancellationToken).ConfigureAwait(false);
        }
        Volatile.Write(ref _connected, 1);
        // The link may have dropped between the wait and the flag: then no disconnect event would come.
        if (!LinkUp() && MarkDisconnected())
            throw new DeviceUnreachableException($"{device} disconnected while connecting.");
    }

    private async Task CallConnectAsync(CancellationToken cancellationToken)
    {
        var bt = device.Bluetooth;
        var what = $"connecting to {device}";
        try
        {
            await bt.CallRawAsync(BlueZMessages.Call(bt.Bus, device.Path, BlueZNames.Device, "Connect"), bt.Options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException e) when (e.ErrorName == "org.bluez.Error.AlreadyConnected")
        {
        }
        catch (DBusErrorReplyException e) when (BlueZErrors.NeedsPairing(e))
        {
            await bt.CallAsync(BlueZMessages.Call(bt.Bus, device.Path, BlueZNames.Device, "Pair"), bt.Options.ConnectTimeout, $"pairing with {device}", cancellationToken).ConfigureAwait(false);
            await bt.CallAsync(BlueZMessages.Call(bt.Bus, device.Path, BlueZNames.Device, "Connect"), bt.Options.ConnectTimeout, what, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw BlueZErrors.Translate(e, what);
        }
    }

    private async Task WaitResolvedAsync(CancellationToken caller)
    {
        var bt = device.Bluetooth;
        try
        {
            await bt.Cache.WaitUntilAsync(LinkUp, CancellationToken.None)
                .WaitAsync(bt.Options.ServicesResolvedTimeout, bt.Options.Time, caller).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            Disconnect(); // half a connection would block the next attempt
            throw new DeviceUnreachableException(
                $"{device} connected, but BlueZ did not list its services within {bt.Options.ServicesResolvedTimeout.TotalSeconds:0.#} s.", e);
        }
    }

    public override void Disconnect()
    {
        MarkDisconnected();
        var bt = device.Bluetooth;
        // Fire and forget: Disconnect is synchronous in the Web Bluetooth shape and must not block.
        _ = bt.CallAsync(BlueZMessages.Call(bt.Bus, device.Path, BlueZNames.Device, "Disconnect"), $"disconnecting {device}", CancellationToken.None)
            .ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
    }

    /// <summary>Clears the connected flag; true when it was set (so the disconnect is reported once).</summary>
    internal bool MarkDisconnected() => Interlocked.Exchange(ref _connected, 0) == 1;

    public override Task<GattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default)
    {
        var match = device.Bluetooth.Cache.Find(BlueZNames.GattService, device.Path)
            .FirstOrDefault(s => BluetoothUuid.TryParse(s.Properties.String("UUID"), out var u) && u == service
                                 && (!s.Properties.ContainsKey("Primary") || s.Properties.Bool("Primary")));
        return Task.FromResult<GattService?>(match.Path is null ? null : new BlueZGattService(device, match.Path, service));
    }
}
