using System.CommandLine;
using System.Globalization;
using PaceLink.Core.Review;
using PaceLink.Service.Hosting;

namespace PaceLink.Cli.Options;

/// <summary>
/// --sex, --age and --weight: who ran, for the calories export estimates from heart rate. All three
/// or none; without them the configuration's Runner section is used (<see cref="RunnerProfileOptions"/>).
/// </summary>
internal sealed class RunnerOptions
{
    public Option<string?> Sex { get; } = new("--sex") { Description = "for calories from heart rate: female or male (with --age and --weight)" };
    public Option<string?> Age { get; } = new("--age") { Description = "for calories from heart rate: age in years, like 35" };
    public Option<string?> Weight { get; } = new("--weight") { Description = "for calories from heart rate: body weight in kg, like 62 or 62kg" };

    public void AddTo(Command command)
    {
        command.Options.Add(Sex);
        command.Options.Add(Age);
        command.Options.Add(Weight);
    }

    /// <summary>True when any of the three is on the command line.</summary>
    public bool AnyGiven(ParseResult result) => result.GetValue(Sex) is not null || result.GetValue(Age) is not null || result.GetValue(Weight) is not null;

    /// <summary>The profile (null when none of the options is given), or false with a sentence.</summary>
    public bool TryResolve(ParseResult result, out RunnerProfile? profile, out string error)
    {
        profile = null;
        error = "";
        var (sex, age, weight) = (result.GetValue(Sex), result.GetValue(Age), result.GetValue(Weight));
        if (sex is null && age is null && weight is null) return true;
        if (sex is null || age is null || weight is null)
            return Fail("calories from heart rate need all of --sex, --age and --weight", out error);
        if (!RunnerProfileOptions.TryParseSex(sex, out var parsed)) return Fail($"--sex takes female or male, not '{sex}'", out error);
        if (!double.TryParse(age, NumberStyles.Float, CultureInfo.InvariantCulture, out var years) || RunnerProfileOptions.AgeProblem(years) is not null)
            return Fail($"--age takes years from {RunnerProfileOptions.MinAge} to {RunnerProfileOptions.MaxAge}, not '{age}'", out error);
        var kg = weight.EndsWith("kg", StringComparison.OrdinalIgnoreCase) ? weight[..^2].Trim() : weight;
        if (!double.TryParse(kg, NumberStyles.Float, CultureInfo.InvariantCulture, out var mass) || RunnerProfileOptions.WeightProblem(mass) is not null)
            return Fail($"--weight takes kilograms from {RunnerProfileOptions.MinWeightKg} to {RunnerProfileOptions.MaxWeightKg}, like 62kg, not '{weight}'", out error);
        profile = new RunnerProfile(parsed, years, mass);
        return true;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
