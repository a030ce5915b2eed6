namespace PaceLink.Bluetooth.Windows.Tests.Support;

/// <summary>A bounded wait for work an awaited continuation may finish on another thread. Never a fixed sleep.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting until " + what);
            await poll.WaitForNextTickAsync();
        }
    }
}
