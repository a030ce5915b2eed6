using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The session's story in the service log (journal or file): each phase, each rep's split, each
/// sensor lost and restored, tagged with the session's id so a log with several sessions reads.
/// </summary>
public sealed class SessionLogSink(ILogger<SessionLogSink> log) : ICoachingSink
{
    private string? _session;

    public string Name => "log";

    public void OnStarted(SessionStart start) => Volatile.Write(ref _session, start.Id);

    public void OnEvent(CoachingEvent cue)
    {
        var session = Volatile.Read(ref _session);
        switch (cue)
        {
            case PhaseStarted p:
                log.LogInformation("Session {Session}: {Phase} (set {Set}, rep {Rep}) at {At:0.0} s", session, p.Phase.ToJson(), p.Set, p.Rep, p.At.TotalSeconds);
                break;
            case RepCompleted done:
                log.LogInformation("Session {Session}: set {Set} rep {Rep} in {Split:0.0} s", session, done.Set, done.Rep, done.SplitSeconds);
                break;
            case SensorLost lost:
                log.LogWarning("Session {Session}: sensor {Sensor} lost", session, lost.Sensor);
                break;
            case SensorRestored back:
                log.LogInformation("Session {Session}: sensor {Sensor} restored", session, back.Sensor);
                break;
        }
    }
}
