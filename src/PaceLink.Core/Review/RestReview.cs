using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>
/// One rest as taken: how long, and how far the heart rate came down.
/// <see cref="Kind"/> is <see cref="Phase.Rest"/> inside a set or <see cref="Phase.SetRest"/> between sets.
/// </summary>
public sealed record RestReview(
    int Set,
    int AfterRep,
    Phase Kind,
    TimeSpan Start,
    double DurationSeconds,
    int? HeartRateAtStart,
    int? HeartRateAtEnd)
{
    /// <summary>Beats per minute the heart rate fell during the rest (negative if it rose).</summary>
    public int? HeartRateDrop => HeartRateAtStart is { } a && HeartRateAtEnd is { } b ? a - b : null;

    /// <summary>The rest length rounded to whole seconds: the key that groups 60 / 45 / 30 s rests.</summary>
    public int NominalSeconds => (int)Math.Round(DurationSeconds);
}
