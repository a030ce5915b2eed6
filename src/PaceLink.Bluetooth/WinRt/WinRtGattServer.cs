using PaceLink.Bluetooth.Abstractions;
using Windows.Devices.Bluetooth;
using BluetoothDevice = PaceLink.Bluetooth.Abstractions.BluetoothDevice;
using Windows.Devices.Bluetooth.GenericAttributeProfile;
using GattCharacteristic = PaceLink.Bluetooth.Abstractions.GattCharacteristic;
using GattService = PaceLink.Bluetooth.Abstractions.GattService;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>Windows connects on first GATT access and disconnects when the last handle closes.</summary>
internal sealed class WinRtGattServer(WinRtDevice device) : RemoteGattServer
{
    private BluetoothLEDevice? _le;
    private int _connected;

    public override BluetoothDevice Device => device;

    public override bool IsConnected => Volatile.Read(ref _connected) == 1 && _le?.ConnectionStatus == BluetoothConnectionStatus.Connected;

    public override async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        var le = await BluetoothLEDevice.FromBluetoothAddressAsync(device.Address).AsTask(cancellationToken).ConfigureAwait(false)
            ?? throw new DeviceNotFoundException(device.Id, $"Windows cannot find {device.Id}. Wake the sensor and run `pacelink scan` near it.");
        var services = await le.GetGattServicesAsync(BluetoothCacheMode.Uncached).AsTask(cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(services.Status, $"connecting to {device}");
        _le?.Dispose();
        _le = le;
        device.Opened(le);
        le.ConnectionStatusChanged += OnConnectionStatusChanged;
        Volatile.Write(ref _connected, 1);
    }

    private void OnConnectionStatusChanged(BluetoothLEDevice sender, object args)
    {
        if (sender.ConnectionStatus == BluetoothConnectionStatus.Disconnected) device.OnLinkLost("the sensor disconnected");
    }

    public override void Disconnect()
    {
        MarkDisconnected();
        if (_le is { } le)
        {
            le.ConnectionStatusChanged -= OnConnectionStatusChanged;
            le.Dispose();
            _le = null;
        }
    }

    internal bool MarkDisconnected() => Interlocked.Exchange(ref _connected, 0) == 1;

    public override async Task<GattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default)
    {
        var le = _le ?? throw new DeviceUnreachableException($"{device} is not connected.");
        var result = await le.GetGattServicesForUuidAsync(service.Value, BluetoothCacheMode.Uncached).AsTask(cancellationToken).ConfigureAwait(false);
        WinRtStatus.ThrowIfFailed(result.Status, $"listing the services of {device}");
        return result.Services.Count == 0 ? null : new WinRtGattService(device, result.Services[0], service);
    }
}
