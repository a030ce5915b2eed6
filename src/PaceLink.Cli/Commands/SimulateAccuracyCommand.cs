using System.CommandLine;
using System.Globalization;
using PaceLink.Simulation.Accuracy;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink simulate-accuracy [--sessions 26] [--first-seed 1]</c> (hidden): measures the rep-end
/// cue and split error against the simulator's truth, at 1 and 2 Hz, with and without the pod's
/// total distance. The figures in docs/accuracy.md come from it.
/// </summary>
internal static class SimulateAccuracyCommand
{
    /// <summary>Builds the (hidden) verb.</summary>
    public static Command Build(CliOutput io)
    {
        var sessions = new Option<int>("--sessions") { Description = "seeded sessions per set-up (8 reps each)", DefaultValueFactory = _ => 26 };
        var firstSeed = new Option<int>("--first-seed") { Description = "seed of the first session", DefaultValueFactory = _ => 1 };
        var command = new Command("simulate-accuracy", "Measure the rep-end cue against the simulated runner's true crossing") { Hidden = true };
        command.Options.Add(sessions);
        command.Options.Add(firstSeed);
        command.SetAction(result => Run(io, result.GetValue(sessions), result.GetValue(firstSeed)));
        return command;
    }

    private static int Run(CliOutput io, int sessions, int firstSeed)
    {
        if (sessions is < 1 or > 10_000)
        {
            io.Error.WriteLine($"error: --sessions must be between 1 and 10000, not {sessions}");
            return 1;
        }
        var c = CultureInfo.InvariantCulture;
        io.Out.WriteLine(string.Create(c, $"Rep-end cue against the true 400 m crossing: {sessions} sessions x 8 reps per set-up, seeds {firstSeed}-{firstSeed + sessions - 1}, paces 3:20-5:00/km."));
        io.Out.WriteLine("Errors in seconds (size: median, p95, max; bias: signed mean, positive = late).");
        var reports = AccuracyScenario.Standard.Select(s => AccuracyHarness.Run(s, sessions, firstSeed)).ToList();
        foreach (var line in AccuracyHarness.Format(reports)) io.Out.WriteLine(line);
        return 0;
    }
}
