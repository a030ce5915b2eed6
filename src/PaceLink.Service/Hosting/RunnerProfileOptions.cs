using System.Globalization;
using PaceLink.Core.Review;

namespace PaceLink.Service.Hosting;

/// <summary>
/// The runner, for the calories the exports estimate (configuration section <c>Runner</c>):
/// <c>Runner:Sex</c> (female | male), <c>Runner:Age</c> (years) and <c>Runner:WeightKg</c>. All three
/// give an estimate from heart rate; the weight alone scales the estimate from distance. The export's
/// <c>--sex --age --weight</c> win over it. The accepted ranges live here, for both.
/// </summary>
public sealed class RunnerProfileOptions
{
    public const double MinAge = 10, MaxAge = 100, MinWeightKg = 25, MaxWeightKg = 250;

    public string? Sex { get; set; }
    public double? Age { get; set; }
    public double? WeightKg { get; set; }

    /// <summary>"female" or "male" (any case).</summary>
    public static bool TryParseSex(string? text, out RunnerSex sex)
    {
        sex = RunnerSex.Female;
        if (string.Equals(text?.Trim(), "female", StringComparison.OrdinalIgnoreCase)) return true;
        sex = RunnerSex.Male;
        return string.Equals(text?.Trim(), "male", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Null for an age the equations were fitted near enough to, else what is wrong.</summary>
    public static string? AgeProblem(double years) => double.IsFinite(years) && years is >= MinAge and <= MaxAge ? null
        : string.Create(CultureInfo.InvariantCulture, $"takes years from {MinAge} to {MaxAge}, not {years}");

    /// <summary>Null for a plausible body mass, else what is wrong.</summary>
    public static string? WeightProblem(double kg) => double.IsFinite(kg) && kg is >= MinWeightKg and <= MaxWeightKg ? null
        : string.Create(CultureInfo.InvariantCulture, $"takes kilograms from {MinWeightKg} to {MaxWeightKg}, not {kg}");

    /// <summary>Every problem, each under its key; none for an empty section.</summary>
    public IReadOnlyList<ConfigError> Problems()
    {
        var errors = new List<ConfigError>();
        if (Sex is not null && !TryParseSex(Sex, out _)) errors.Add(new ConfigError("Runner:Sex", $"'{Sex}' is not female or male"));
        if (Age is { } age && AgeProblem(age) is { } a) errors.Add(new ConfigError("Runner:Age", a));
        if (WeightKg is { } kg && WeightProblem(kg) is { } w) errors.Add(new ConfigError("Runner:WeightKg", w));
        if (errors.Count == 0 && (Sex is not null || Age is not null) && (Sex is null || Age is null || WeightKg is null))
            errors.Add(new ConfigError("Runner", "calories from heart rate need Runner:Sex, Runner:Age and Runner:WeightKg together (Runner:WeightKg alone is used for the estimate from distance)"));
        return errors;
    }

    /// <summary>The whole profile when all three are given (checked by <see cref="Problems"/> first), else null.</summary>
    public RunnerProfile? Profile() =>
        TryParseSex(Sex, out var sex) && Age is { } age && WeightKg is { } kg ? new RunnerProfile(sex, age, kg) : null;
}
