using PaceLink.Simulation.Accuracy;

namespace PaceLink.Harness;

/// <summary>Rep-end cue error against the simulated runner's true crossing: the simulator's accuracy harness, four pod set-ups.</summary>
internal static class Accuracy
{
    public static Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var sessions = (int)a.Number("sessions", 30);
        a.CheckAllKnown();
        var reports = AccuracyScenario.Standard.Select(s => AccuracyHarness.Run(s, sessions)).ToList();
        Console.WriteLine($"{sessions} seeded sessions per set-up, 8 reps each; errors in seconds");
        foreach (var line in AccuracyHarness.Format(reports)) Console.WriteLine(line);
        return Task.FromResult(reports.All(r => r.Reps.Count >= 200) ? 0 : 1);
    }
}
