using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.WinRt.Seam;

namespace PaceLink.Bluetooth.WinRt;

/// <summary>
/// The link to one device. Windows keeps a link up while any handle on it is open, so a connection
/// owns everything it opened — the BluetoothLEDevice, a GattSession that asks Windows to maintain the
/// link, and every GattDeviceService — and releases all of it when the link drops or a connect fails.
/// </summary>
internal sealed class WinRtGattServer(WinRtDevice device) : RemoteGattServer
{
    private readonly object _gate = new();
    private IWinRtDevice? _pending;
    private Link? _link;

    private sealed record Link(IWinRtDevice Le, IDisposable Session, IReadOnlyList<IWinRtService> Services)
    {
        public List<Action> OnRelease { get; } = [];
    }

    public override BluetoothDevice Device => device;

    public override bool IsConnected
    {
        get
        {
            lock (_gate) return _link is { } link && link.Le.IsConnected;
        }
    }

    /// <summary>Keeps a handle a lookup opened, so the next connect uses it instead of opening another.</summary>
    internal void Adopt(IWinRtDevice le)
    {
        IWinRtDevice? old;
        lock (_gate) (old, _pending) = (_pending, le);
        old?.Dispose();
    }

    public override async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        Release();
        IWinRtDevice? le;
        lock (_gate) (le, _pending) = (_pending, null);
        le ??= await WinRtStatus.Guard(() => device.Bluetooth.Adapter.OpenDeviceAsync(device.Address, device.AddressKind, cancellationToken), $"opening {device}")
            .ConfigureAwait(false);
        if (le is null)
            throw new DeviceNotFoundException(device.Id, $"Windows cannot find {device.Id}. Wake the sensor and scan near it.");
        IDisposable? session = null;
        var services = new List<IWinRtService>();
        try
        {
            session = await WinRtStatus.Guard(() => le.OpenSessionAsync(cancellationToken), $"connecting to {device}").ConfigureAwait(false);
            // One uncached discovery per connection: it proves the sensor answers and refreshes Windows'
            // copy of its GATT database, so every lookup after it is answered without going over the air.
            var found = await WinRtStatus.Guard(() => le.GetServicesAsync(DiscoveryMode.Uncached, cancellationToken), $"connecting to {device}").ConfigureAwait(false);
            services.AddRange(found.Items);
            WinRtStatus.ThrowIfFailed(found.Status, $"connecting to {device}");
            device.Advertised(le.Name, null);
            le.Disconnected += OnDisconnected;
            lock (_gate) _link = new Link(le, session, services);
        }
        catch
        {
            Dispose(le, session, services);
            throw;
        }
    }

    private void OnDisconnected() => device.OnLinkLost("the sensor disconnected");

    /// <summary>Closes the current connection; true when there was one (so the loss is reported once).</summary>
    internal bool Release()
    {
        Link? link;
        lock (_gate) (link, _link) = (_link, null);
        if (link is null) return false;
        link.Le.Disconnected -= OnDisconnected;
        Action[] unhooks;
        lock (_gate) unhooks = [.. link.OnRelease];
        foreach (var unhook in unhooks) unhook();
        Dispose(link.Le, link.Session, link.Services);
        return true;
    }

    /// <summary>
    /// Runs <paramref name="unhook"/> when this connection ends, however it ends: a dropped link must not
    /// leave event handlers on WinRT objects (they would keep the old characteristic alive).
    /// Runs it at once when there is no connection.
    /// </summary>
    internal void WhenReleased(Action unhook)
    {
        lock (_gate)
        {
            if (_link is { } link)
            {
                link.OnRelease.Add(unhook);
                return;
            }
        }
        unhook();
    }

    private static void Dispose(IWinRtDevice le, IDisposable? session, IEnumerable<IWinRtService> services)
    {
        foreach (var service in services) service.Dispose();
        session?.Dispose();
        le.Dispose();
    }

    public override void Disconnect()
    {
        Release();
        IWinRtDevice? pending;
        lock (_gate) (pending, _pending) = (_pending, null);
        pending?.Dispose();
    }

    public override Task<GattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default)
    {
        Link link;
        lock (_gate) link = _link ?? throw new DeviceUnreachableException($"{device} is not connected.");
        // The connect's discovery listed every primary service: a service missing from it is missing.
        var found = link.Services.FirstOrDefault(s => s.Uuid == service.Value);
        return Task.FromResult<GattService?>(found is null ? null : new WinRtGattService(device, found, service));
    }
}
