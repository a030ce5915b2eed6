using Microsoft.Extensions.Time.Testing;

namespace PaceLink.Service.Tests.Support;

/// <summary>
/// Moves a fake wall clock by <c>step</c> every 10 ms of real time until disposed, for tests where
/// a request must see the service's clock move while it waits (a stop waits for the session's
/// clock to run the stop; a host that stops ends its sessions the same way).
/// </summary>
/// <remarks>
/// The fake clock runs every timer callback inside <see cref="FakeTimeProvider.Advance"/>, so the
/// pump has a thread of its own: on the thread pool it would queue behind the very work it wakes,
/// and a pool short of threads would stall the clock of every session at once. It stops on its
/// own after <c>limit</c>, and disposing it fails when a callback holds Advance up.
/// </remarks>
public sealed class ClockPump : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private readonly TimeSpan _limit;
    private Exception? _failed;

    public ClockPump(FakeTimeProvider time, TimeSpan step, TimeSpan? limit = null)
    {
        _limit = limit ?? TimeSpan.FromMinutes(3);
        var until = DateTime.UtcNow + _limit;
        _thread = new Thread(() =>
        {
            try
            {
                while (!_stop.Wait(Interval))
                {
                    if (DateTime.UtcNow > until) throw new TimeoutException($"the clock pump ran for {_limit} without being stopped");
                    time.Advance(step);
                }
            }
            catch (Exception e)
            {
                _failed = e;
            }
        })
        {
            IsBackground = true,
            Name = "clock pump",
        };
        _thread.Start();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Set();
        var stopped = await Task.Run(() => _thread.Join(TimeSpan.FromSeconds(30)));
        if (!stopped) throw new TimeoutException("the clock pump did not stop within 30 s: a timer callback on the fake clock holds Advance up");
        _stop.Dispose();
        if (_failed is not null) throw new InvalidOperationException("the clock pump failed", _failed);
    }
}
