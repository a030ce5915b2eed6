using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>Windows connects on first GATT access and disconnects when the last handle closes.</summary>
internal sealed class WinRtGattServer(WinRtDevice device) : RemoteGattServer
{
    private IWinRtDevice? _le;
    private int _connected;

    public override BluetoothDevice Device => device;

    public override bool IsConnected => Volatile.Read(ref _connected) == 1 && _le?.IsConnected == true;

    public override async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        var le = await device.Bluetooth.Adapter.OpenDeviceAsync(device.Address, null, cancellationToken).ConfigureAwait(false)
            ?? throw new DeviceNotFoundException(device.Id, $"Windows cannot find {device.Id}. Wake the sensor and run `pacelink scan` near it.");
        var services = await le.GetServicesAsync(DiscoveryMode.Uncached, cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(services.Status, $"connecting to {device}");
        _le?.Dispose();
        _le = le;
        device.Opened(le);
        le.Disconnected += OnDisconnected;
        Volatile.Write(ref _connected, 1);
    }

    private void OnDisconnected() => device.OnLinkLost("the sensor disconnected");

    public override void Disconnect()
    {
        MarkDisconnected();
        if (_le is { } le)
        {
            le.Disconnected -= OnDisconnected;
            le.Dispose();
            _le = null;
        }
    }

    internal bool MarkDisconnected() => Interlocked.Exchange(ref _connected, 0) == 1;

    public override async Task<GattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default)
    {
        var le = _le ?? throw new DeviceUnreachableException($"{device} is not connected.");
        var result = await le.GetServicesForUuidAsync(service.Value, DiscoveryMode.Uncached, cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, $"listing the services of {device}");
        return result.Items.Count == 0 ? null : new WinRtGattService(device, result.Items[0], service);
    }
}
