using System.Reactive.Concurrency;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.WinRt;
using PaceLink.Bluetooth.WinRt.Seam;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Windows.Tests.Support;

/// <summary>A WinRT backend over fakes, a foot pod, and a sensor link on virtual time.</summary>
internal sealed class WinRtRig
{
    public const string PodAddress = "AA:BB:CC:DD:EE:01";
    public const ulong PodBits = 0xAABBCCDDEE01;
    public const uint Notify = 0x10;
    public const uint Read = 0x02;
    public static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "Pod", PodAddress);
    public static readonly Guid Rsc = Uuid(GattIds.RunningSpeedAndCadenceService);
    public static readonly Guid RscMeasurement = Uuid(GattIds.RscMeasurement);
    public static readonly SensorLinkOptions Backoff = new() { FirstRetry = TimeSpan.FromSeconds(1), Multiplier = 2, MaxRetry = TimeSpan.FromSeconds(5) };

    private readonly List<SensorEvent> _events = [];

    public WinRtRig()
    {
        Bluetooth = new WinRtBluetooth(Adapter);
    }

    public FakeAdapter Adapter { get; } = new();
    public WinRtBluetooth Bluetooth { get; }
    public HistoricalScheduler Time { get; } = new();

    /// <summary>Every BluetoothLEDevice handle the backend opened, in order.</summary>
    public List<FakeDevice> Opened { get; } = [];

    public static Guid Uuid(ushort shortId) => BluetoothUuid.FromShortId(shortId).Value;

    /// <summary>A fresh handle on the pod, as FromBluetoothAddressAsync returns one per call.</summary>
    public FakeDevice NewPod() => new("Pod", (Rsc, [new FakeCharacteristic(RscMeasurement, Notify)]));

    /// <summary>Windows knows the pod: every open returns a new handle.</summary>
    public void PodKnown() => Adapter.Open = (address, _) => address == PodBits ? Track(NewPod()) : null;

    public FakeDevice Track(FakeDevice device)
    {
        Opened.Add(device);
        return device;
    }

    public IDisposable StartLink() =>
        SensorLink.Observe(Bluetooth, Pod, () => Time.Now - DateTimeOffset.MinValue, Time, Backoff).Subscribe(e => { lock (_events) _events.Add(e); });

    public (double At, LinkStatus Status, string Message)[] Changes()
    {
        lock (_events) return _events.OfType<SensorEvent.Changed>().Select(c => (c.Change.At.TotalSeconds, c.Change.Status, c.Change.Reason)).ToArray();
    }

    public byte[][] Measured()
    {
        lock (_events) return _events.OfType<SensorEvent.Measured>().Select(m => m.Notification.Payload.ToArray()).ToArray();
    }

    public static FakeCharacteristic Measurement(FakeDevice device) => device.Characteristic(RscMeasurement);

    public static WinRtAdvert Advert(ulong address, string? name = null, Guid[]? services = null, bool scanResponse = false,
        AddressKind kind = AddressKind.Random, bool connectable = true, short rssi = -60) =>
        new(address, kind, scanResponse, connectable, name, services ?? [], rssi);
}
