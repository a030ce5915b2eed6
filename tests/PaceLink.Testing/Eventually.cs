using System.Diagnostics;
using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using System.Runtime.CompilerServices;

namespace PaceLink.Testing;

/// <summary>
/// Bounded waits on work that finishes on another thread or process: a bus, a server, a browser, a
/// child process. Real time is only the ceiling here: a wait ends the moment its condition holds,
/// never after a fixed sleep. Time that the code under test measures stays virtual.
/// </summary>
public static class Eventually
{
    /// <summary>Long enough for a loaded machine, short enough that a broken test fails rather than hangs.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Completes once <paramref name="condition"/> holds; a TimeoutException naming
    /// <paramref name="what"/> (or the condition's own text) when <paramref name="timeout"/> passes first.
    /// </summary>
    public static async Task TrueAsync(Func<bool> condition, string? what = null, TimeSpan? timeout = null,
        [CallerArgumentExpression(nameof(condition))] string conditionText = "")
    {
        var limit = timeout ?? DefaultTimeout;
        var waited = Stopwatch.StartNew();
        using var poll = new PeriodicTimer(PollInterval);
        while (!condition())
        {
            if (waited.Elapsed > limit) throw new TimeoutException(Message(limit, what ?? conditionText));
            await poll.WaitForNextTickAsync();
        }
    }

    /// <summary>
    /// The first item of <paramref name="source"/> matching <paramref name="predicate"/>. It subscribes
    /// before it returns, so an item caused after the call is not missed.
    /// </summary>
    public static async Task<T> FirstAsync<T>(IObservable<T> source, Func<T, bool> predicate, string? what = null, TimeSpan? timeout = null,
        [CallerArgumentExpression(nameof(predicate))] string predicateText = "")
    {
        var limit = timeout ?? DefaultTimeout;
        var first = source.FirstAsync(predicate).Timeout(limit).ToTask();
        try
        {
            return await first;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(Message(limit, what ?? "an item where " + predicateText));
        }
    }

    private static string Message(TimeSpan limit, string what) => $"Timed out after {limit.TotalSeconds:0.###} s waiting until {what}";
}
