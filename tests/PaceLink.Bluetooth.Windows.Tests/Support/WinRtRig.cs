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

    private readonly List<LinkChange> _changes = [];
    private readonly List<Notification> _notifications = [];

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

    /// <summary>The pod's link, values stamped with <see cref="Time"/> as they arrive (no session to hand them to).</summary>
    public IDisposable StartLink()
    {
        var source = new PairedSensorSource(Bluetooth, [Pod], null, () => Time.Now - DateTimeOffset.MinValue, Backoff, Time);
        var changes = source.LinkChanges.Subscribe(c => { lock (_changes) _changes.Add(c); });
        var notifications = source.Notifications.Subscribe(n => { lock (_changes) _notifications.Add(n); });
        return System.Reactive.Disposables.Disposable.Create(() =>
        {
            notifications.Dispose();
            changes.Dispose();
            source.DisposeAsync().AsTask().GetAwaiter().GetResult();
        });
    }

    public (double At, LinkStatus Status, string Message)[] Changes()
    {
        lock (_changes) return _changes.Select(c => (c.At.TotalSeconds, c.Status, c.Reason)).ToArray();
    }

    public byte[][] Measured()
    {
        lock (_changes) return _notifications.Select(n => n.Payload.ToArray()).ToArray();
    }

    public static FakeCharacteristic Measurement(FakeDevice device) => device.Characteristic(RscMeasurement);

    public static WinRtAdvert Advert(ulong address, string? name = null, Guid[]? services = null, bool scanResponse = false,
        AddressKind kind = AddressKind.Random, bool connectable = true, short rssi = -60) =>
        new(address, kind, scanResponse, connectable, name, services ?? [], rssi);
}
