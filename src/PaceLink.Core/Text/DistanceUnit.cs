namespace PaceLink.Core.Text;

/// <summary>
/// The unit a runner reads paces and total distances in. Rep lengths stay in metres in both: a
/// runner on a track in miles still calls a 400 m rep "a 400".
/// </summary>
public enum DistanceUnit
{
    Kilometres,
    Miles,
}

/// <summary>The short names of a <see cref="DistanceUnit"/>: "km" and "mi", as typed, stored and sent.</summary>
public static class DistanceUnits
{
    /// <summary>"km" or "mi".</summary>
    public static string Name(DistanceUnit unit) => unit == DistanceUnit.Miles ? "mi" : "km";

    /// <summary>"km", "kilometres", "mi", "miles" (any case) as a unit; false for anything else.</summary>
    public static bool TryParse(string? text, out DistanceUnit unit)
    {
        unit = DistanceUnit.Kilometres;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "km" or "k" or "kilometre" or "kilometres" or "kilometer" or "kilometers":
                return true;
            case "mi" or "mile" or "miles":
                unit = DistanceUnit.Miles;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The sentence for a unit that is neither, naming the option it came from.</summary>
    public static string Unknown(string option, string? text) => $"{option}: '{text}' is not a unit; use km or mi";
}
