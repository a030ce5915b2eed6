using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

/// <summary>
/// A local copy of BlueZ's object tree, fed by GetManagedObjects, InterfacesAdded/Removed and
/// PropertiesChanged. Signals count only when they come from the current owner of org.bluez;
/// NameOwnerChanged tells when bluetoothd stops (everything is forgotten) or starts again
/// (the tree is loaded afresh). Handlers run on the connection's receive loop: they only update
/// memory and raise events, never wait.
/// </summary>
internal sealed partial class ObjectCache(DBusConnection bus) : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, InterfaceMap> _objects = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _watches = [];
    private volatile string? _owner;
    private int _generation;

    /// <summary>An object gained interfaces (path, names of the new interfaces).</summary>
    public event Action<string, IReadOnlyCollection<string>>? InterfacesAdded;

    /// <summary>An object lost interfaces (path, names of the removed interfaces).</summary>
    public event Action<string, IReadOnlyCollection<string>>? InterfacesRemoved;

    /// <summary>Properties changed (path, interface, the changed values).</summary>
    public event Action<string, string, PropertyMap>? PropertiesChanged;

    /// <summary>org.bluez went away (false) or came back with its tree loaded (true).</summary>
    public event Action<bool>? ServicePresenceChanged;

    /// <summary>Raised after any change; waiters re-check their condition.</summary>
    public event Action? Changed;

    public bool ServicePresent => _owner is not null;

    public async Task StartAsync()
    {
        _watches.Add(await bus.AddMatchAsync(
            new MatchRule { Type = MessageType.Signal, Sender = BlueZNames.Bus, Interface = BlueZNames.Bus, Member = "NameOwnerChanged", Arg0 = BlueZNames.Service },
            BlueZMessages.ReadNameOwnerChanged, (Notification<NameOwnerChangedSignal> n) => { if (n.HasValue) OnOwnerChanged(n.Value); },
            emitOnCapturedContext: false).ConfigureAwait(false));
        _watches.Add(await bus.AddMatchAsync(
            new MatchRule { Type = MessageType.Signal, Interface = BlueZNames.ObjectManager, Member = "InterfacesAdded" },
            BlueZMessages.ReadInterfacesAdded, (Notification<InterfacesAddedSignal> n) => { if (n.HasValue) OnAdded(n.Value); },
            emitOnCapturedContext: false).ConfigureAwait(false));
        _watches.Add(await bus.AddMatchAsync(
            new MatchRule { Type = MessageType.Signal, Interface = BlueZNames.ObjectManager, Member = "InterfacesRemoved" },
            BlueZMessages.ReadInterfacesRemoved, (Notification<InterfacesRemovedSignal> n) => { if (n.HasValue) OnRemoved(n.Value); },
            emitOnCapturedContext: false).ConfigureAwait(false));
        _watches.Add(await bus.AddMatchAsync(
            new MatchRule { Type = MessageType.Signal, Interface = BlueZNames.Properties, Member = "PropertiesChanged", PathNamespace = "/org/bluez" },
            BlueZMessages.ReadPropertiesChanged, (Notification<PropertiesChangedSignal> n) => { if (n.HasValue) OnPropertiesChanged(n.Value); },
            emitOnCapturedContext: false).ConfigureAwait(false));

        string? owner;
        try
        {
            owner = await bus.CallMethodAsync(BlueZMessages.GetNameOwner(bus, BlueZNames.Service), BlueZMessages.ReadString).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException e) when (e.ErrorName == "org.freedesktop.DBus.Error.NameHasNoOwner")
        {
            return; // bluetoothd is not running yet: NameOwnerChanged will tell when it starts.
        }
        await LoadAsync(owner).ConfigureAwait(false);
    }

    /// <summary>Replaces the cache with the tree the new owner reports.</summary>
    private async Task LoadAsync(string owner)
    {
        int generation;
        lock (_gate) generation = ++_generation;
        _owner = owner;
        var tree = await bus.CallMethodAsync(
            BlueZMessages.Call(bus, "/", BlueZNames.ObjectManager, "GetManagedObjects"), BlueZMessages.ReadManagedObjects).ConfigureAwait(false);
        lock (_gate)
        {
            if (generation != _generation) return; // the owner changed again meanwhile
            _objects.Clear();
            foreach (var (path, interfaces) in tree) _objects[path] = interfaces;
        }
        ServicePresenceChanged?.Invoke(true);
        Changed?.Invoke();
    }

    public void Dispose()
    {
        foreach (var w in _watches) w.Dispose();
        _watches.Clear();
    }
}
