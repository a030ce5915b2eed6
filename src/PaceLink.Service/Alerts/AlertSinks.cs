using PaceLink.Service.Sessions;

namespace PaceLink.Service.Alerts;

/// <summary>The alert sinks the configuration asked for (speech, webhook), handed to every session the service starts.</summary>
public sealed record AlertSinks(IReadOnlyList<ICoachingSink> All)
{
    public IReadOnlyList<string> Names => [.. All.Select(s => s.Name)];

    /// <summary>Lets each sink drain and release what it holds; one failing never stops the others.</summary>
    public async Task DisposeAllAsync(Action<ICoachingSink, Exception> failed)
    {
        foreach (var sink in All)
        {
            if (sink is not IAsyncDisposable disposable) continue;
            try
            {
                await disposable.DisposeAsync();
            }
            catch (Exception e)
            {
                failed(sink, e);
            }
        }
    }
}
