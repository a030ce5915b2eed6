using PaceLink.Bluetooth.WinRt.Seam;
using Windows.Devices.Bluetooth;
using Windows.Devices.Bluetooth.GenericAttributeProfile;

namespace PaceLink.Bluetooth.WinRt.Native;

/// <summary>BluetoothLEDevice behind <see cref="IWinRtDevice"/>.</summary>
internal sealed class NativeDevice : IWinRtDevice
{
    private readonly BluetoothLEDevice _le;

    public NativeDevice(BluetoothLEDevice le)
    {
        _le = le;
        _le.ConnectionStatusChanged += OnConnectionStatusChanged;
    }

    public string? Name => _le.Name;
    public bool IsConnected => _le.ConnectionStatus == BluetoothConnectionStatus.Connected;
    public event Action? Disconnected;

    private void OnConnectionStatusChanged(BluetoothLEDevice sender, object args)
    {
        if (sender.ConnectionStatus == BluetoothConnectionStatus.Disconnected) Disconnected?.Invoke();
    }

    public async Task<IDisposable> OpenSessionAsync(CancellationToken cancellationToken)
    {
        var session = await GattSession.FromDeviceIdAsync(_le.BluetoothDeviceId).AsTask(cancellationToken).ConfigureAwait(false);
        session.MaintainConnection = true;
        return session;
    }

    public async Task<GattList<IWinRtService>> GetServicesAsync(DiscoveryMode mode, CancellationToken cancellationToken) =>
        ToList(await _le.GetGattServicesAsync(NativeValues.CacheMode(mode)).AsTask(cancellationToken).ConfigureAwait(false));

    public async Task<GattList<IWinRtService>> GetServicesForUuidAsync(Guid uuid, DiscoveryMode mode, CancellationToken cancellationToken) =>
        ToList(await _le.GetGattServicesForUuidAsync(uuid, NativeValues.CacheMode(mode)).AsTask(cancellationToken).ConfigureAwait(false));

    private static GattList<IWinRtService> ToList(GattDeviceServicesResult result) =>
        new(NativeValues.Status(result.Status, result.ProtocolError),
            result.Status == GattCommunicationStatus.Success ? result.Services.Select(s => (IWinRtService)new NativeService(s)).ToArray() : []);

    public void Dispose()
    {
        _le.ConnectionStatusChanged -= OnConnectionStatusChanged;
        _le.Dispose();
    }
}
