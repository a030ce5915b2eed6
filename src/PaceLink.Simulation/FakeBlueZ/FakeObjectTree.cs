using Tmds.DBus.Protocol;

namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>
/// The objects the fake service exports, and the signals that announce changes to them.
/// Not thread-safe: <see cref="FakeBlueZ"/> calls it under its lock. Messages are built in
/// synchronous methods because MessageWriter is a ref struct.
/// </summary>
internal sealed class FakeObjectTree
{
    private readonly SortedDictionary<string, Dictionary<string, Dictionary<string, VariantValue>>> _objects = new(StringComparer.Ordinal);

    /// <summary>Where signals go; null while the service is off the bus.</summary>
    public DBusConnection? Bus { get; set; }

    public bool Exists(string path) => _objects.ContainsKey(path);

    public Dictionary<string, VariantValue>? Properties(string path, string iface) =>
        _objects.TryGetValue(path, out var o) && o.TryGetValue(iface, out var p) ? p : null;

    public IEnumerable<string> PathsUnder(string path) => _objects.Keys.Where(p => p.StartsWith(path + "/", StringComparison.Ordinal)).ToArray();

    public void Add(string path, string iface, Dictionary<string, VariantValue> properties)
    {
        if (!_objects.TryGetValue(path, out var o)) _objects[path] = o = new(StringComparer.Ordinal);
        o[iface] = properties;
        Send((ref MessageWriter w) =>
        {
            w.WriteSignalHeader(null, "/", "org.freedesktop.DBus.ObjectManager", "InterfacesAdded", "oa{sa{sv}}");
            w.WriteObjectPath(path);
            var all = w.WriteDictionaryStart();
            w.WriteDictionaryEntryStart();
            w.WriteString(iface);
            w.WriteDictionary(properties);
            w.WriteDictionaryEnd(all);
        });
    }

    /// <summary>Removes the object and everything below it, deepest first, announcing each.</summary>
    public void RemoveTree(string path)
    {
        foreach (var child in PathsUnder(path).OrderByDescending(p => p.Length)) Remove(child);
        Remove(path);
    }

    private void Remove(string path)
    {
        if (!_objects.Remove(path, out var o)) return;
        var names = o.Keys.ToArray();
        Send((ref MessageWriter w) =>
        {
            w.WriteSignalHeader(null, "/", "org.freedesktop.DBus.ObjectManager", "InterfacesRemoved", "oas");
            w.WriteObjectPath(path);
            w.WriteArray(names);
        });
    }

    /// <summary>Sets properties and emits one PropertiesChanged with exactly those values.</summary>
    public void Set(string path, string iface, params (string Name, VariantValue Value)[] changes)
    {
        if (Properties(path, iface) is not { } props) return;
        foreach (var (name, value) in changes) props[name] = value;
        var changed = changes.ToDictionary(c => c.Name, c => c.Value);
        Send((ref MessageWriter w) =>
        {
            w.WriteSignalHeader(null, path, "org.freedesktop.DBus.Properties", "PropertiesChanged", "sa{sv}as");
            w.WriteString(iface);
            w.WriteDictionary(changed);
            w.WriteArray(Array.Empty<string>());
        });
    }

    /// <summary>Forgets everything without signals: what a crashed daemon leaves behind.</summary>
    public void Clear() => _objects.Clear();

    /// <summary>The GetManagedObjects reply: a{oa{sa{sv}}}.</summary>
    public MessageBuffer ManagedObjectsReply(MethodContext context)
    {
        using var w = context.CreateReplyWriter("a{oa{sa{sv}}}");
        var all = w.WriteDictionaryStart();
        foreach (var (path, interfaces) in _objects)
        {
            w.WriteDictionaryEntryStart();
            w.WriteObjectPath(path);
            var ifaces = w.WriteDictionaryStart();
            foreach (var (name, props) in interfaces)
            {
                w.WriteDictionaryEntryStart();
                w.WriteString(name);
                w.WriteDictionary(props);
            }
            w.WriteDictionaryEnd(ifaces);
        }
        w.WriteDictionaryEnd(all);
        return w.CreateMessage();
    }

    private delegate void Build(ref MessageWriter writer);

    private void Send(Build build)
    {
        if (Bus is not { } bus) return;
        var w = bus.GetMessageWriter();
        try
        {
            build(ref w);
            bus.TrySendMessage(w.CreateMessage());
        }
        finally
        {
            w.Dispose();
        }
    }
}
