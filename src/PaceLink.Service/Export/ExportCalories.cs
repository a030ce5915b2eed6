using PaceLink.Core.Review;

namespace PaceLink.Service.Export;

/// <summary>
/// The energy TCX and FIT write for each lap, one number for both. With a runner profile and a
/// heart rate it is Keytel et al.'s estimate from heart rate (<see cref="RunnerProfile"/>);
/// otherwise the energy cost of running on the flat, about 1 kcal per kg of body mass per km run
/// (the figure the ACSM's running equation gives for the net cost, and the rule of thumb quoted
/// with it), for the runner's weight when it is known, else <see cref="DefaultWeightKg"/>. An
/// estimate from distance knows nothing of the runner's effort, so the export says which one it
/// wrote (<see cref="Describe"/>).
/// </summary>
public sealed record ExportCalories(RunnerProfile? Runner, double WeightKg, bool WeightGiven)
{
    /// <summary>Body mass assumed when none is given: a round figure near an adult runner's, said in the output.</summary>
    public const double DefaultWeightKg = 70;

    /// <summary>kcal per kg of body mass per km: the distance estimate's one constant.</summary>
    public const double KilocaloriesPerKgKm = 1.0;

    /// <summary>The estimate for <paramref name="runner"/>, or from distance for <paramref name="weightKg"/> (else the default mass).</summary>
    public static ExportCalories For(RunnerProfile? runner, double? weightKg = null) =>
        new(runner, runner?.WeightKg ?? weightKg ?? DefaultWeightKg, runner is not null || weightKg is not null);

    /// <summary>True when the laps are estimated from heart rate: a profile was given and the session has a heart rate.</summary>
    public bool FromHeartRateFor(SessionReview review) => Runner is not null && review.Timeline.Any(r => r.HeartRate is not null);

    /// <summary>The energy of <paramref name="lap"/> in kcal.</summary>
    public double Kilocalories(SessionReview review, LapSummary lap) =>
        Runner is { } runner && FromHeartRateFor(review)
            ? runner.Kilocalories(review, lap)
            : Math.Max(0, lap.DistanceMetres) / 1000 * WeightKg * KilocaloriesPerKgKm;

    /// <summary>Each lap's energy in whole kcal (halves away from zero), the numbers both formats write; the session's is their sum.</summary>
    public IReadOnlyList<int> LapKilocalories(SessionReview review) =>
        review.Laps.Select(l => (int)Math.Min(ushort.MaxValue - 1, Math.Round(Kilocalories(review, l), MidpointRounding.AwayFromZero))).ToList();

    /// <summary>What the calories of <paramref name="review"/> are, for the export's output.</summary>
    public string Describe(SessionReview review) => FromHeartRateFor(review)
        ? "calories estimated from heart rate for the runner's profile (Keytel et al. 2005)"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"calories are an estimate from distance only: {KilocaloriesPerKgKm:0.#} kcal per kg per km for {(WeightGiven ? "a" : "an assumed")} {WeightKg:0.#} kg runner")
          + (Runner is not null ? " (the session has no heart rate)" : "");
}
