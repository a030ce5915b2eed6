using System.CommandLine;
using System.Globalization;
using PaceLink.Core.Review;

namespace PaceLink.Cli.Options;

/// <summary>
/// --sex, --age and --weight: who ran, for the calories export estimates from heart rate. All three
/// or none: an estimate from a guessed age or weight would look as real as one from the runner's own.
/// </summary>
public sealed class RunnerOptions
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

    /// <summary>The profile (null when none of the options is given), or false with a sentence.</summary>
    public bool TryResolve(ParseResult result, out RunnerProfile? profile, out string error)
    {
        profile = null;
        error = "";
        var (sex, age, weight) = (result.GetValue(Sex), result.GetValue(Age), result.GetValue(Weight));
        if (sex is null && age is null && weight is null) return true;
        if (sex is null || age is null || weight is null)
            return Fail("calories from heart rate need all of --sex, --age and --weight", out error);
        RunnerSex parsed;
        if (string.Equals(sex, "female", StringComparison.OrdinalIgnoreCase)) parsed = RunnerSex.Female;
        else if (string.Equals(sex, "male", StringComparison.OrdinalIgnoreCase)) parsed = RunnerSex.Male;
        else return Fail($"--sex takes female or male, not '{sex}'", out error);
        if (!double.TryParse(age, NumberStyles.Float, CultureInfo.InvariantCulture, out var years) || years is < 10 or > 100)
            return Fail($"--age takes years from 10 to 100, not '{age}'", out error);
        var kg = weight.EndsWith("kg", StringComparison.OrdinalIgnoreCase) ? weight[..^2].Trim() : weight;
        if (!double.TryParse(kg, NumberStyles.Float, CultureInfo.InvariantCulture, out var mass) || mass is < 25 or > 250)
            return Fail($"--weight takes kilograms from 25 to 250, like 62kg, not '{weight}'", out error);
        profile = new RunnerProfile(parsed, years, mass);
        return true;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
