namespace PaceLink.Core.Review;

/// <summary>Which of the two equations of the heart-rate energy estimate applies.</summary>
public enum RunnerSex
{
    Female,
    Male,
}

/// <summary>
/// What an energy estimate from heart rate needs to know about the runner. Without it the exports
/// estimate from distance and body mass instead, and say so (Service/Export/ExportCalories).
/// </summary>
public sealed record RunnerProfile(RunnerSex Sex, double AgeYears, double WeightKg)
{
    /// <summary>
    /// Energy spent per minute at <paramref name="heartRate"/>, in kcal, by the equations of Keytel
    /// et al., "Prediction of energy expenditure from heart rate monitoring during submaximal
    /// exercise", Journal of Sports Sciences 23(3), 2005, pp. 289-297 (without VO2max):
    /// kJ/min = −55.0969 + 0.6309 HR + 0.1988 W + 0.2017 A for men and
    /// −20.4022 + 0.4472 HR − 0.1263 W + 0.074 A for women (W in kg, A in years), ÷ 4.184 for kcal.
    /// The equations were fitted to exercise heart rates; at a resting heart rate they can go below
    /// zero, which counts as nothing rather than as energy gained.
    /// </summary>
    public double KilocaloriesPerMinute(double heartRate)
    {
        var kilojoules = Sex == RunnerSex.Male
            ? -55.0969 + 0.6309 * heartRate + 0.1988 * WeightKg + 0.2017 * AgeYears
            : -20.4022 + 0.4472 * heartRate - 0.1263 * WeightKg + 0.074 * AgeYears;
        return Math.Max(0, kilojoules / 4.184);
    }

    /// <summary>
    /// The energy of a lap, in kcal: each whole second of the timeline inside it counts a sixtieth of
    /// a minute at that second's heart rate (seconds without one count nothing). The seconds are those
    /// the lap's trackpoints and records are, so the laps add up to the session.
    /// </summary>
    public double Kilocalories(SessionReview review, LapSummary lap)
    {
        var from = (int)Math.Ceiling(lap.Start.TotalSeconds);
        var to = lap.Start + lap.Span.Duration;
        return review.Timeline
            .Where(r => r.Second >= from && TimeSpan.FromSeconds(r.Second) < to && r.HeartRate is not null)
            .Sum(r => KilocaloriesPerMinute(r.HeartRate!.Value) / 60);
    }
}
