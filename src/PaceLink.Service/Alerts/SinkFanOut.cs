using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Alerts;

/// <summary>
/// Hands each coaching event to every sink. A sink that throws is logged and skipped for that
/// event only: it never stops the other sinks, and never reaches the engine.
/// </summary>
public sealed class SinkFanOut(IEnumerable<ICoachingSink> sinks, ILogger<SinkFanOut> log) : IObserver<CoachingEvent>
{
    private readonly ICoachingSink[] _sinks = [.. sinks];

    public IReadOnlyList<ICoachingSink> Sinks => _sinks;

    public void Publish(CoachingEvent coachingEvent)
    {
        foreach (var sink in _sinks)
        {
            try
            {
                sink.Publish(coachingEvent);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Alert sink {Sink} failed on {EventKind}; the other sinks carry on", sink.Name, coachingEvent.GetType().Name);
            }
        }
    }

    public void SessionStarted(WorkoutPlan plan)
    {
        foreach (var sink in _sinks)
        {
            try
            {
                sink.SessionStarted(plan);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Alert sink {Sink} failed to prepare for the session; the other sinks carry on", sink.Name);
            }
        }
    }

    void IObserver<CoachingEvent>.OnNext(CoachingEvent value) => Publish(value);

    void IObserver<CoachingEvent>.OnError(Exception error) =>
        log.LogError(error, "The coaching event stream failed");

    void IObserver<CoachingEvent>.OnCompleted() { }
}
