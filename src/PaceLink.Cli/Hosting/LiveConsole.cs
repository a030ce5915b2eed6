using PaceLink.Service.Sessions;
using PaceLink.Views.Terminal;

namespace PaceLink.Cli.Hosting;

/// <summary>
/// The terminal half of every live run once its session is built (simulated or on the paired
/// sensors): where it records, the live display, the run itself, the voice allowed to finish, the
/// summary and the history entry.
/// </summary>
internal static class LiveConsole
{
    public static async Task<int> RunAsync(CliOutput io, RunEnvironment env, LiveRun run, TerminalView view, RunSpeech spoken, CancellationToken cancellation)
    {
        io.Out.WriteLine($"Recording to {Path.GetFullPath(run.TracePath)}");
        var display = view.RunAsync(() => run.Session.IsEnded, CancellationToken.None);
        var summary = await run.RunAsync(cancellation);
        await display;
        await spoken.FinishAsync(io);
        foreach (var line in summary.Describe()) io.Out.WriteLine(line);
        RunHistory.Add(io, env, run.TracePath);
        return 0;
    }
}
