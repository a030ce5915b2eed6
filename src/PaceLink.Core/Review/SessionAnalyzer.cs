using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>
/// Turns the engine's events and the decoded samples of a session into a <see cref="SessionReview"/>.
/// Pure: the same input always gives the same review.
/// </summary>
public static class SessionAnalyzer
{
    public static SessionReview Analyze(SessionInput input)
    {
        var end = input.End;
        var spans = PhaseSpan.FromEvents(input.Events, end);
        var distance = DistanceSeries.From(input.Samples.Pod, input.Calibration);
        var completed = input.Events.OfType<RepCompleted>()
            .GroupBy(r => (r.Set, r.Rep))
            .ToDictionary(g => g.Key, g => g.First());

        var reps = spans.Where(s => s.Phase == Phase.Rep && (completed.ContainsKey((s.Set, s.Rep)) || !IsCutShort(s, spans)))
            .Select(s => Rep(s, completed.GetValueOrDefault((s.Set, s.Rep)), input, distance))
            .ToList();
        var rests = spans.Where(s => s.IsRest).Select(s => Rest(s, input.Samples)).ToList();
        // Laps take their distance from the same series as the timeline and the total, so they add up
        // to the session; the engine's crossing distance stays on the rep's review.
        var laps = spans.Select(s => LapSummary.From(s, input.Samples, distance)).ToList();
        var duration = spans.Count > 0 ? spans[^1].End.TotalSeconds : end.TotalSeconds;

        return new SessionReview(
            input.StartedUtc,
            reps,
            rests,
            RecoveryTrend.From(rests),
            SessionTotals.From(reps, distance.At(end), duration),
            laps,
            TimelineRow.PerSecond(input.Samples, spans, distance, end),
            input.Calibration) { Stopped = input.Stopped };
    }

    /// <summary>
    /// A rep the session ended in (a stop, or a trace that ends mid-rep) was never finished: it is no
    /// rep, not even one ended by a lap, so it stays out of the reps, their splits and every count.
    /// </summary>
    private static bool IsCutShort(PhaseSpan rep, IReadOnlyList<PhaseSpan> spans) => ReferenceEquals(rep, spans[^1]);

    private static RepReview Rep(PhaseSpan span, RepCompleted? done, SessionInput input, DistanceSeries distance)
    {
        var split = done?.SplitSeconds ?? span.Duration.TotalSeconds;
        var metres = done?.DistanceMetres ?? distance.Between(span.Start, span.End);
        // Heart rate and form are measured over the running itself, up to the interpolated crossing.
        var runEnd = span.Start + TimeSpan.FromSeconds(split);
        var target = input.Target?.Invoke(span.Set, span.Rep);
        var samples = input.Samples;
        return new RepReview(
            span.Set,
            span.Rep,
            span.Start,
            split,
            metres,
            target is { IsFinite: true } p ? p.SecondsFor(metres) : null,
            SampleWindow.AverageHeartRate(samples, span.Start, runEnd),
            SampleWindow.MaxHeartRate(samples, span.Start, runEnd),
            SampleWindow.AverageCadence(samples, span.Start, runEnd),
            SampleWindow.AverageStride(samples, span.Start, runEnd),
            done is null);
    }

    private static RestReview Rest(PhaseSpan span, SessionSamples samples) => new(
        span.Set,
        span.Rep,
        span.Phase,
        span.Start,
        span.Duration.TotalSeconds,
        SampleWindow.HeartRateAt(samples, span.Start),
        SampleWindow.HeartRateAt(samples, span.End));
}
