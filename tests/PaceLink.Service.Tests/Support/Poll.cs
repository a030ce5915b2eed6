namespace PaceLink.Service.Tests.Support;

/// <summary>Bounded waiting on a condition that another thread or process makes true (a server, a browser).</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > limit) throw new TimeoutException($"timed out waiting for {what ?? "the condition"}");
            await tick.WaitForNextTickAsync();
        }
    }
}
