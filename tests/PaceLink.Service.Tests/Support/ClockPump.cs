using Microsoft.Extensions.Time.Testing;

namespace PaceLink.Service.Tests.Support;

/// <summary>
/// Moves a fake wall clock by <c>step</c> every few milliseconds until disposed, for tests where a
/// request must see the service's clock move while it waits (a stop waits for the session's clock
/// to run the stop; a host that stops ends its sessions the same way).
/// </summary>
public sealed class ClockPump : IAsyncDisposable
{
    private readonly Task _loop;
    private volatile bool _stopped;

    public ClockPump(FakeTimeProvider time, TimeSpan step) =>
        _loop = Poll.UntilAsync(() =>
        {
            time.Advance(step);
            return _stopped;
        }, TimeSpan.FromMinutes(10), "the clock pump to be stopped");

    public async ValueTask DisposeAsync()
    {
        _stopped = true;
        await _loop;
    }
}
