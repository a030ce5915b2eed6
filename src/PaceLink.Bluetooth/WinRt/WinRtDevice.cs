using System.Globalization;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>A device by address; the BluetoothLEDevice is opened on connect (FromBluetoothAddressAsync).</summary>
internal sealed class WinRtDevice : BluetoothDevice
{
    private readonly WinRtGattServer _gatt;
    private string? _name;

    public WinRtDevice(WinRtBluetooth bluetooth, ulong address, string? name)
    {
        Bluetooth = bluetooth;
        Address = address;
        _name = name;
        _gatt = new WinRtGattServer(this);
    }

    public WinRtBluetooth Bluetooth { get; }
    public ulong Address { get; }

    public override string Id => FormatAddress(Address);
    public override string? Name => _name;
    public override RemoteGattServer Gatt => _gatt;
    internal WinRtGattServer Server => _gatt;

    /// <summary>The address type the device last advertised with; null until it was seen in a scan.</summary>
    public AddressKind? AddressKind { get; private set; }

    internal void Advertised(string? name, AddressKind? kind)
    {
        if (!string.IsNullOrEmpty(name)) _name = name;
        if (kind is not null) AddressKind = kind;
    }

    internal void OnLinkLost(string reason)
    {
        if (_gatt.Release()) OnGattServerDisconnected(reason);
    }

    internal static string FormatAddress(ulong address) =>
        string.Join(':', Enumerable.Range(0, 6).Select(i => ((address >> (8 * (5 - i))) & 0xFF).ToString("X2", CultureInfo.InvariantCulture)));
}
