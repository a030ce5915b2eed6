using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;

namespace PaceLink.Bluetooth.Tests.Support;

/// <summary>Bounded waits on things that happen on other threads (the bus, the fake service). Never a fixed sleep.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The first item matching <paramref name="predicate"/>, or a TimeoutException.</summary>
    public static Task<T> FirstAsync<T>(IObservable<T> source, Func<T, bool> predicate) =>
        source.FirstAsync(predicate).Timeout(Timeout).ToTask();

    /// <summary>Completes when <paramref name="condition"/> holds, polling on a bounded budget.</summary>
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting until " + what);
            await poll.WaitForNextTickAsync();
        }
    }
}
