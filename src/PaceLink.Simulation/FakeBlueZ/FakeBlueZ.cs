using PaceLink.Bluetooth.BlueZ;
using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>
/// A BlueZ-shaped service on a D-Bus bus: an adapter (/org/bluez/hci0), devices that appear when
/// discovery starts, GATT objects that appear on connect, and notifications fed by the caller.
/// Tests and `pacelink simulate-bluez` use it to run the real BlueZ backend without a radio.
/// It can also drop a device, forget one, switch the adapter off, and vanish from the bus and
/// come back as a restarted bluetoothd would.
/// </summary>
public sealed partial class FakeBlueZ : IAsyncDisposable
{
    public const string AdapterPath = "/org/bluez/hci0";

    private readonly object _gate = new();
    private readonly FakeObjectTree _tree = new();
    private readonly Dictionary<string, DeviceState> _devices = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _busAddress;
    private readonly bool _withAdapter;
    private readonly FakeAdapterOptions _adapterOptions;
    private DBusConnection? _bus;
    private IDisposable? _programsWatch;

    private FakeBlueZ(string busAddress, bool withAdapter, FakeAdapterOptions adapterOptions)
    {
        _busAddress = busAddress;
        _withAdapter = withAdapter;
        _adapterOptions = adapterOptions;
    }

    /// <summary>
    /// Starts the service on the bus at <paramref name="busAddress"/>. Without an adapter it models a
    /// machine with no Bluetooth hardware; <paramref name="adapter"/> says what the adapter can do as a peripheral.
    /// </summary>
    public static async Task<FakeBlueZ> StartAsync(string busAddress, bool withAdapter = true, IEnumerable<FakeDevice>? devices = null, FakeAdapterOptions? adapter = null)
    {
        var fake = new FakeBlueZ(busAddress, withAdapter, adapter ?? new FakeAdapterOptions());
        foreach (var d in devices ?? []) fake.AddDevice(d);
        await fake.ReappearAsync().ConfigureAwait(false);
        return fake;
    }

    /// <summary>Makes a device exist nearby: it is exported when discovery next starts.</summary>
    public void AddDevice(FakeDevice device)
    {
        lock (_gate) _devices[device.Address] = new DeviceState(device, BlueZNames.DevicePath(AdapterPath, device.Address));
    }

    /// <summary>True while the service owns org.bluez.</summary>
    public bool OnBus
    {
        get { lock (_gate) return _bus is not null; }
    }

    /// <summary>Takes org.bluez (again) with a fresh object tree, as bluetoothd does when it starts.</summary>
    public async Task ReappearAsync()
    {
        var bus = new DBusConnection(_busAddress);
        await bus.ConnectAsync().ConfigureAwait(false);
        bus.AddMethodHandler(new Handler(this));
        var programs = await bus.AddMatchAsync(
            new MatchRule { Type = MessageType.Signal, Sender = "org.freedesktop.DBus", Interface = "org.freedesktop.DBus", Member = "NameOwnerChanged" },
            (m, _) => { var r = m.GetBodyReader(); return (Name: r.ReadString(), Old: r.ReadString(), New: r.ReadString()); },
            (Notification<(string Name, string Old, string New)> n) => { if (n.HasValue && n.Value.New.Length == 0 && n.Value.Name.StartsWith(':')) OnProgramLeft(n.Value.Name); },
            emitOnCapturedContext: false).ConfigureAwait(false);
        lock (_gate)
        {
            _tree.Bus = null; // no signals: nobody may see objects before the name is owned
            _tree.Clear();
            _applications.Clear();
            _advertisements.Clear();
            _programsWatch = programs;
            if (_withAdapter) ExportAdapter();
            foreach (var d in _devices.Values.Where(d => d.Trusted)) ExportDevice(d); // bluetoothd reloads trusted devices from storage
            _tree.Bus = bus;
            _bus = bus;
        }
        await bus.RequestNameAsync(BlueZNames.Service, RequestNameOptions.Default).ConfigureAwait(false);
    }

    /// <summary>Leaves the bus without a word, as a crashed or restarted bluetoothd does: org.bluez has no owner until <see cref="ReappearAsync"/>.</summary>
    public void Vanish()
    {
        DBusConnection? bus;
        lock (_gate)
        {
            bus = _bus;
            _bus = null;
            _tree.Bus = null;
            _tree.Clear();
            _applications.Clear();
            _advertisements.Clear();
            foreach (var d in _devices.Values) d.Reset();
        }
        _programsWatch?.Dispose();
        bus?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Vanish();
        return ValueTask.CompletedTask;
    }

    private void ExportAdapter()
    {
        var adapter = new Dictionary<string, VariantValue>
        {
            ["Address"] = VariantValue.String("00:1A:7D:DA:71:13"),
            ["Name"] = VariantValue.String("pacelink-test"),
            ["Alias"] = VariantValue.String("pacelink-test"),
            ["Powered"] = VariantValue.Bool(true),
            ["Discovering"] = VariantValue.Bool(false),
        };
        if (_adapterOptions.Roles is { } roles) adapter["Roles"] = VariantValue.Array(roles.ToArray());
        _tree.Add(AdapterPath, BlueZNames.Adapter, adapter);
        ExportPeripheralManagers();
    }
}
