namespace PaceLink.Bluetooth.BlueZ;

internal sealed partial class ObjectCache
{
    /// <summary>Signals from anyone but the current org.bluez owner are ignored: another process may not pose as BlueZ.</summary>
    private bool FromBlueZ(string sender) => _owner is { } owner && string.Equals(sender, owner, StringComparison.Ordinal);

    private void OnOwnerChanged(NameOwnerChangedSignal s)
    {
        if (s.Name != BlueZNames.Service) return;
        if (s.OldOwner.Length > 0)
        {
            lock (_gate)
            {
                _generation++;
                _objects.Clear();
            }
            _owner = null;
            ServicePresenceChanged?.Invoke(false);
            Changed?.Invoke();
        }
        if (s.NewOwner.Length == 0) return;
        // Loading calls back into the bus: run it off the receive loop so the loop keeps going.
        _ = Task.Run(async () =>
        {
            try { await LoadAsync(s.NewOwner).ConfigureAwait(false); }
            catch (Exception) { _owner = s.NewOwner; Changed?.Invoke(); } // the tree fills in through InterfacesAdded
        });
    }

    private void OnAdded(InterfacesAddedSignal s)
    {
        if (!FromBlueZ(s.Sender)) return;
        lock (_gate)
        {
            if (!_objects.TryGetValue(s.Path, out var interfaces)) _objects[s.Path] = interfaces = new InterfaceMap();
            foreach (var (name, props) in s.Interfaces) interfaces[name] = props;
        }
        InterfacesAdded?.Invoke(s.Path, s.Interfaces.Keys);
        Changed?.Invoke();
    }

    private void OnRemoved(InterfacesRemovedSignal s)
    {
        if (!FromBlueZ(s.Sender)) return;
        lock (_gate)
        {
            if (_objects.TryGetValue(s.Path, out var interfaces))
            {
                foreach (var name in s.Interfaces) interfaces.Remove(name);
                if (interfaces.Count == 0) _objects.Remove(s.Path);
            }
        }
        InterfacesRemoved?.Invoke(s.Path, s.Interfaces);
        Changed?.Invoke();
    }

    private void OnPropertiesChanged(PropertiesChangedSignal s)
    {
        if (!FromBlueZ(s.Sender)) return;
        lock (_gate)
        {
            if (_objects.TryGetValue(s.Path, out var interfaces) && interfaces.TryGetValue(s.Interface, out var props))
            {
                foreach (var (name, value) in s.Changed) props[name] = value;
                foreach (var name in s.Invalidated) props.Remove(name);
            }
        }
        PropertiesChanged?.Invoke(s.Path, s.Interface, s.Changed);
        Changed?.Invoke();
    }
}
