using PaceLink.Service.History;

namespace PaceLink.Cli.Hosting;

/// <summary>Adds a finished run to the session history, so `pacelink history` shows it without a separate review.</summary>
internal static class RunHistory
{
    /// <summary>
    /// Never fails the run: the trace is already safe on disk, so a history that cannot be written
    /// only costs a warning (the trace can be added later with `pacelink history --add`).
    /// </summary>
    public static void Add(CliOutput io, RunEnvironment env, string tracePath)
    {
        var error = SessionArchive.TryIndex(env.HistoryPath(), tracePath);
        if (error is null) io.Out.WriteLine("Added to the session history (pacelink history).");
        else io.Error.WriteLine($"warning: the session was recorded but not added to the history: {error}");
    }
}
