using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Recording;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Review;

/// <summary>A trace replayed for review: the input to analyse, and the workout it was judged against.</summary>
public sealed record ReplayedSession(SessionInput Input, WorkoutSettings Settings, WorkoutPlan Plan, TraceContents Trace)
{
    /// <summary>Times the runner pressed lap, for calibration against the track.</summary>
    public IReadOnlyList<TimeSpan> Laps => Trace.Commands.Where(c => c.Command == Pipeline.CoachCommand.Lap).Select(c => c.T).ToList();

    public SessionReview Analyze() => SessionAnalyzer.Analyze(Input);
}

/// <summary>
/// Replays a trace through the same engine on virtual time and pairs its events with the decoded
/// samples: the review sees exactly the reps and rests the runner was coached through.
/// </summary>
public static class TraceReview
{
    /// <summary>
    /// Replays <paramref name="trace"/> with its header's workout, overridden by <paramref name="overrides"/>.
    /// False with a sentence for people when the settings make no workout.
    /// </summary>
    public static bool TryReplay(TraceContents trace, WorkoutSettingsText? overrides, out ReplayedSession? session, out string error)
    {
        session = null;
        if (!WorkoutSettings.TryParse(overrides ?? new WorkoutSettingsText(), trace.Header.Settings, out var settings, out error))
            return false;
        if (!settings.TryToPlan(out _, out error))
        {
            if (trace.Header.Settings is null)
                error += " (the trace does not say which workout it ran: give --workout and --target-pace or --goal)";
            return false;
        }
        session = Replay(trace, settings);
        return true;
    }

    /// <summary>Replays <paramref name="trace"/> with settings already resolved and checked; throws <see cref="FormatException"/> if they make no workout.</summary>
    public static ReplayedSession Replay(TraceContents trace, WorkoutSettings settings)
    {
        var plan = settings.ToPlan();
        var replay = TraceReplay.Run(trace, plan, settings.ToOptions());
        var reps = plan.Steps.Where(s => s.Phase == Phase.Rep).ToList();
        var input = new SessionInput(
            trace.Header.StartedUtc,
            replay.Events,
            SessionSamples.Decode(trace.Notifications),
            settings.Calibration,
            (set, rep) => reps.FirstOrDefault(s => s.Set == set && s.Rep == rep)?.TargetPace,
            SessionStop.From(replay.Summaries));
        return new ReplayedSession(input, settings, plan, trace);
    }
}
