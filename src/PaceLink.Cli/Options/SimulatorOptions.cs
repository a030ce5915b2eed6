using System.CommandLine;
using System.Globalization;
using PaceLink.Core.Units;
using PaceLink.Simulation;
using PaceLink.Simulation.Runner;
using PaceLink.Simulation.Sensors;

namespace PaceLink.Cli.Options;

/// <summary>How <c>run --simulate</c> builds its runner and sensors.</summary>
internal sealed class SimulatorOptions
{
    public Option<int?> Seed { get; } = new("--seed") { Description = "seed of the simulated runner: the same seed runs the same session (default: random, printed)" };
    public Option<double> PodHz { get; } = new("--pod-hz") { Description = "foot-pod notifications per second, 1 to 4", DefaultValueFactory = _ => 1 };
    public Option<double> HrHz { get; } = new("--hr-hz") { Description = "heart-rate notifications per second, 1 to 4", DefaultValueFactory = _ => 1 };
    public Option<bool> NoTotalDistance { get; } = new("--no-total-distance") { Description = "the pod sends speed only (no total-distance field)" };
    public Option<bool> NoHeartRate { get; } = new("--no-hr") { Description = "no heart-rate strap" };
    public Option<string?> PaceError { get; } = new("--pace-error") { Description = "the runner runs this much off target pace: 8% (slow) or -5% (fast)" };
    public Option<string?> PodError { get; } = new("--pod-error") { Description = "the pod reads this much long: 4% (use --calibration to correct it)" };
    public Option<string[]> Dropouts { get; } = new("--dropout") { Description = "silence the pod at a time for a while: 20m+8s (repeatable)", AllowMultipleArgumentsPerToken = false };

    private IEnumerable<Option> All => [Seed, PodHz, HrHz, NoTotalDistance, NoHeartRate, PaceError, PodError, Dropouts];

    /// <summary>Adds the options to a verb.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All) command.Options.Add(option);
    }

    /// <summary>The simulation the user asked for, running reps at <paramref name="repPace"/>.</summary>
    public bool TryResolve(ParseResult result, Pace repPace, int seed, out SimulationOptions options, out string error)
    {
        options = new SimulationOptions();
        error = "";
        var podHz = result.GetValue(PodHz);
        var hrHz = result.GetValue(HrHz);
        if (podHz is < 1 or > 4) return Fail($"--pod-hz must be between 1 and 4, not {podHz.ToString(CultureInfo.InvariantCulture)}", out error);
        if (hrHz is < 1 or > 4) return Fail($"--hr-hz must be between 1 and 4, not {hrHz.ToString(CultureInfo.InvariantCulture)}", out error);
        if (!TryFraction("--pace-error", result.GetValue(PaceError), -0.5, 1, out var paceError, out error)) return false;
        if (!TryFraction("--pod-error", result.GetValue(PodError), -0.3, 0.3, out var podError, out error)) return false;
        var dropouts = new List<Dropout>();
        foreach (var text in result.GetValue(Dropouts) ?? [])
        {
            var parts = text.Split('+');
            if (parts.Length != 2 || !DurationText.TryParse(parts[0], out var start, out _) || !DurationText.TryParse(parts[1], out var length, out _))
                return Fail($"--dropout '{text}': write the start and the length like 20m+8s", out error);
            dropouts.Add(new Dropout(start, length));
        }
        options = new SimulationOptions
        {
            Seed = seed,
            Runner = new SimulatedRunnerProfile { RepPace = repPace, PaceError = paceError },
            FootPod = new FootPodOptions
            {
                Hz = podHz,
                SendsTotalDistance = !result.GetValue(NoTotalDistance),
                CalibrationError = podError,
                Link = new LinkOptions { Dropouts = dropouts },
            },
            HeartStrap = new HeartStrapOptions { Hz = hrHz },
            WithHeartStrap = !result.GetValue(NoHeartRate),
        };
        return true;
    }

    /// <summary>"8%", "-5%" or "0.08" as a fraction, read as workout tolerances are (a bare 8 is refused, not taken as 800 %).</summary>
    internal static bool TryFraction(string name, string? text, double min, double max, out double value, out string error)
    {
        value = 0;
        error = "";
        if (text is null) return true;
        if (!PaceLink.Core.Units.Fraction.TryParse(text, out value))
            return Fail($"{name} '{text}' is not a fraction; write it like 8% or 0.08", out error);
        if (value < min || value > max)
            return Fail(string.Create(CultureInfo.InvariantCulture, $"{name} {value * 100:0.###}% is outside {min * 100:0.###}% to {max * 100:0.###}%"), out error);
        return true;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
