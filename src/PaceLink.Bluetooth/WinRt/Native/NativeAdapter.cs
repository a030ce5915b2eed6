using System.Runtime.InteropServices;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;
using Windows.Devices.Bluetooth;
using Windows.Devices.Radios;

namespace PaceLink.Bluetooth.WinRt.Native;

/// <summary>The default BluetoothAdapter and its Radio behind <see cref="IWinRtAdapter"/>.</summary>
internal sealed class NativeAdapter : IWinRtAdapter
{
    private readonly BluetoothAdapter _adapter;
    private readonly Radio? _radio;

    private NativeAdapter(BluetoothAdapter adapter, Radio? radio)
    {
        _adapter = adapter;
        _radio = radio;
        if (radio is not null) radio.StateChanged += (sender, _) => RadioChanged?.Invoke(ToPower(sender));
    }

    public static async Task<NativeAdapter> OpenAsync()
    {
        try
        {
            var adapter = await BluetoothAdapter.GetDefaultAsync();
            if (adapter is null || !adapter.IsLowEnergySupported)
                throw new NoAdapterException("No Bluetooth LE adapter found. Check Device Manager.");
            return new NativeAdapter(adapter, await adapter.GetRadioAsync());
        }
        catch (COMException e)
        {
            // The Bluetooth Support Service is stopped, or the driver failed: there is no adapter to use.
            throw new NoAdapterException($"Windows could not open the Bluetooth adapter (0x{e.HResult:X8}). Check that the Bluetooth Support Service runs and the adapter has a driver in Device Manager.", e);
        }
    }

    public ulong Address => _adapter.BluetoothAddress;
    public RadioPower Radio => _radio is null ? RadioPower.Missing : ToPower(_radio);
    public event Action<RadioPower>? RadioChanged;

    private static RadioPower ToPower(Radio radio) => radio.State switch
    {
        RadioState.On => RadioPower.On,
        RadioState.Off => RadioPower.Off,
        RadioState.Disabled => RadioPower.Disabled,
        _ => RadioPower.Unknown,
    };

    public async Task<IWinRtDevice?> OpenDeviceAsync(ulong address, AddressKind? kind, CancellationToken cancellationToken)
    {
        var le = kind is { } k
            ? await BluetoothLEDevice.FromBluetoothAddressAsync(address, k == AddressKind.Random ? BluetoothAddressType.Random : BluetoothAddressType.Public).AsTask(cancellationToken).ConfigureAwait(false)
            : await BluetoothLEDevice.FromBluetoothAddressAsync(address).AsTask(cancellationToken).ConfigureAwait(false);
        return le is null ? null : new NativeDevice(le);
    }

    public IWinRtWatcher CreateWatcher() => new NativeWatcher();
}
