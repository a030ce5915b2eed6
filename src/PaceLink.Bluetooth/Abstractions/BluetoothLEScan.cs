namespace PaceLink.Bluetooth.Abstractions;

/// <summary>A device filter: every listed service must be advertised, and the name must match when given.</summary>
public sealed record BluetoothLEScanFilter
{
    public IReadOnlyList<BluetoothUuid> Services { get; init; } = [];
    public string? Name { get; init; }
    public string? NamePrefix { get; init; }

    /// <summary>True when an advertisement with this name and these service UUIDs passes the filter.</summary>
    public bool Matches(string? name, IReadOnlyCollection<BluetoothUuid> uuids)
    {
        if (Name is not null && !string.Equals(Name, name, StringComparison.Ordinal)) return false;
        if (NamePrefix is not null && (name is null || !name.StartsWith(NamePrefix, StringComparison.Ordinal))) return false;
        return Services.All(uuids.Contains);
    }
}

/// <summary>What to scan for. With no filters and <see cref="AcceptAllAdvertisements"/> false, nothing matches.</summary>
public sealed record BluetoothLEScanOptions
{
    public IReadOnlyList<BluetoothLEScanFilter> Filters { get; init; } = [];
    public bool AcceptAllAdvertisements { get; init; }

    /// <summary>True when any filter accepts the advertisement (filters are alternatives).</summary>
    public bool Matches(string? name, IReadOnlyCollection<BluetoothUuid> uuids) =>
        AcceptAllAdvertisements || Filters.Any(f => f.Matches(name, uuids));

    /// <summary>Every service UUID named by a filter: what a platform filter can be told up front.</summary>
    public IReadOnlyList<BluetoothUuid> ServiceUuids => Filters.SelectMany(f => f.Services).Distinct().ToArray();
}

/// <summary>A running scan. Disposing it stops the scan.</summary>
public sealed class BluetoothLEScan(BluetoothLEScanOptions options, Func<ValueTask> stop) : IAsyncDisposable
{
    private readonly TaskCompletionSource<BluetoothException> _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stopped;

    public BluetoothLEScanOptions Options { get; } = options;

    public bool Active => Volatile.Read(ref _stopped) == 0 && !_aborted.Task.IsCompleted;

    /// <summary>
    /// Completes, with the reason, only when the platform ended the scan on its own (the radio went
    /// away, another program took it): an aborted scan must not read as "nothing found".
    /// </summary>
    public Task<BluetoothException> Aborted => _aborted.Task;

    /// <summary>Lets a backend report that the platform ended the scan.</summary>
    public void Abort(BluetoothException reason) => _aborted.TrySetResult(reason);

    /// <summary>Stops the scan; further calls do nothing.</summary>
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _stopped, 1) == 0 ? stop() : ValueTask.CompletedTask;
}

/// <summary>One advertisement: who, what services, how strong.</summary>
public sealed record BluetoothAdvertisingEvent(BluetoothDevice Device, string? Name, IReadOnlyList<BluetoothUuid> Uuids, short? Rssi);
