using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Units;

namespace PaceLink.Core.Review;

/// <summary>The target pace of one rep (set and rep 1-based); null where the workout sets none.</summary>
public delegate Pace? RepTarget(int set, int rep);

/// <summary>
/// Everything a review needs: when the session started, the coaching events the engine emitted
/// (live or on replay), the decoded sensor samples, the settings distance was measured with, and
/// where the runner stopped it when it did not run to its end.
/// </summary>
public sealed record SessionInput(
    DateTimeOffset StartedUtc,
    IReadOnlyList<CoachingEvent> Events,
    SessionSamples Samples,
    double Calibration = 1.0,
    RepTarget? Target = null,
    SessionStop? Stopped = null)
{
    /// <summary>Where the session ends: its last sample or its last event, whichever is later.</summary>
    public TimeSpan End
    {
        get
        {
            var lastEvent = Events.Count > 0 ? Events.Max(e => e.At) : TimeSpan.Zero;
            return lastEvent > Samples.End ? lastEvent : Samples.End;
        }
    }
}
