using System.CommandLine;
using PaceLink.Core.Text;

namespace PaceLink.Cli.Options;

/// <summary>
/// <c>--units km|mi</c>: the unit paces and total distances are shown and spoken in. Rep lengths stay
/// in metres. Verbs with workout options take it through <see cref="WorkoutArguments"/>, where a target
/// pace written per mile chooses miles by itself; history and status take it alone.
/// </summary>
internal sealed class UnitsOption
{
    public Option<string?> Units { get; } = new("--units")
    {
        Description = "km or mi: paces and distances in kilometres or miles (default: the unit of --target-pace, else the session's, else km)",
    };

    public void AddTo(Command command) => command.Options.Add(Units);

    /// <summary>The unit asked for, else <paramref name="fallback"/>; false with one sentence for anything but km or mi.</summary>
    public bool TryResolve(ParseResult result, DistanceUnit fallback, out DistanceUnit unit, out string error)
    {
        unit = fallback;
        error = "";
        if (result.GetValue(Units) is not { } text) return true;
        if (DistanceUnits.TryParse(text, out unit)) return true;
        error = DistanceUnits.Unknown("--units", text);
        return false;
    }
}
