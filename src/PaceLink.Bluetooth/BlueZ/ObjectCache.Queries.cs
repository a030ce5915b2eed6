namespace PaceLink.Bluetooth.BlueZ;

internal sealed partial class ObjectCache
{
    /// <summary>A copy of one interface's properties, or null when the object lacks it.</summary>
    public PropertyMap? Get(string path, string iface)
    {
        lock (_gate)
            return _objects.TryGetValue(path, out var interfaces) && interfaces.TryGetValue(iface, out var props) ? new PropertyMap(props) : null;
    }

    /// <summary>Every object with this interface, optionally only below <paramref name="under"/>.</summary>
    public IReadOnlyList<(string Path, PropertyMap Properties)> Find(string iface, string? under = null)
    {
        lock (_gate)
            return _objects
                .Where(o => under is null || o.Key.StartsWith(under + "/", StringComparison.Ordinal))
                .Where(o => o.Value.ContainsKey(iface))
                .Select(o => (o.Key, new PropertyMap(o.Value[iface])))
                .OrderBy(o => o.Key, StringComparer.Ordinal)
                .ToArray();
    }

    /// <summary>Completes when <paramref name="condition"/> holds; re-checked after every change.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (condition()) met.TrySetResult();
        }
        Changed += Check;
        try
        {
            Check();
            await met.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Changed -= Check;
        }
    }
}
