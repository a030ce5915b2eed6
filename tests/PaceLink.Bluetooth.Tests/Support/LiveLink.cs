using System.Diagnostics;
using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Tests.Support;

/// <summary>
/// A started one-sensor <see cref="PairedSensorSource"/> whose streams are recorded, with fast backoff so
/// reconnects happen within milliseconds over the private bus.
/// </summary>
public sealed class LiveLink : IDisposable
{
    public static readonly SensorLinkOptions FastRetry = new()
    {
        FirstRetry = TimeSpan.FromMilliseconds(10),
        MaxRetry = TimeSpan.FromMilliseconds(100),
        DiscoveryTimeout = TimeSpan.FromSeconds(3),
    };

    private readonly PairedSensorSource _connection;
    private readonly ReplaySubject<Notification> _notifications = new();
    private readonly ReplaySubject<LinkChange> _changes = new();
    private readonly List<LinkChange> _history = [];

    public LiveLink(IBluetooth bluetooth, SensorInfo sensor)
    {
        var clock = Stopwatch.StartNew();
        _connection = new PairedSensorSource(bluetooth, [sensor], null, () => clock.Elapsed, FastRetry, TaskPoolScheduler.Default);
        _connection.LinkChanges.Subscribe(_changes);
        _changes.Subscribe(c => { lock (_history) _history.Add(c); });
        _connection.Notifications.Subscribe(_notifications);
    }

    public IObservable<Notification> Notifications => _notifications;
    public IObservable<LinkChange> Changes => _changes;

    /// <summary>The link changes so far, in order.</summary>
    public IReadOnlyList<LinkChange> History
    {
        get { lock (_history) return _history.ToArray(); }
    }

    /// <summary>The <paramref name="nth"/> (1-based) change into <paramref name="state"/>.</summary>
    public Task<LinkChange> StateAsync(LinkStatus state, int nth = 1) =>
        Eventually.FirstAsync(_changes.Where(c => c.Status == state).Skip(nth - 1), _ => true);

    public void Dispose() => _connection.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
