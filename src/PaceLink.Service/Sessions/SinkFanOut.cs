using Microsoft.Extensions.Logging;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Hands every call to every sink, each in its own try/catch: a failing sink is logged (its
/// first few failures in full, then counted) and the others and the engine carry on.
/// </summary>
internal sealed class SinkFanOut(IReadOnlyList<ICoachingSink> sinks, ILogger logger)
{
    private const int LoggedFailuresPerSink = 3;
    private readonly Dictionary<string, int> _failures = [];

    /// <summary>Failures per sink name so far.</summary>
    public IReadOnlyDictionary<string, int> Failures => _failures;

    public void Publish(Action<ICoachingSink> call, string what)
    {
        foreach (var sink in sinks)
        {
            try
            {
                call(sink);
            }
            catch (Exception e)
            {
                var count = _failures[sink.Name] = _failures.GetValueOrDefault(sink.Name) + 1;
                if (count <= LoggedFailuresPerSink)
                    logger.LogWarning(e, "Alert sink {Sink} failed on {What} ({Count} so far); the session carries on", sink.Name, what, count);
            }
        }
    }
}
