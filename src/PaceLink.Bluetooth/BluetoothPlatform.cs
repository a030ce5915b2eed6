using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;

namespace PaceLink.Bluetooth;

/// <summary>Opens the Bluetooth backend of the platform PaceLink runs on.</summary>
public static class BluetoothPlatform
{
    /// <summary>WinRT on the Windows build; BlueZ over D-Bus elsewhere (<paramref name="blueZ"/> says which bus).</summary>
    public static async Task<IBluetooth> OpenAsync(BlueZOptions? blueZ = null, CancellationToken cancellationToken = default)
    {
#if WINDOWS
        _ = blueZ;
        cancellationToken.ThrowIfCancellationRequested();
        return await WinRt.WinRtBluetooth.OpenAsync().ConfigureAwait(false);
#else
        return await BlueZBluetooth.ConnectAsync(blueZ, cancellationToken).ConfigureAwait(false);
#endif
    }
}
