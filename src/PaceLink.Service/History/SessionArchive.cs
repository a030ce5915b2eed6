using PaceLink.Service.Sessions;
using PaceLink.Service.Storage;

namespace PaceLink.Service.History;

/// <summary>
/// What is kept of a finished session besides its trace: the summary beside it and its row in the
/// history. One home for both, so the service, <c>pacelink run</c> and the recovery of an
/// interrupted session file a session the same way.
/// </summary>
public static class SessionArchive
{
    // Several sessions (a group's athletes) can end at the same instant; SQLite would refuse the second writer.
    private static readonly Lock HistoryGate = new();

    /// <summary>2026-11-25_183005_10k-simulated.jsonl → 2026-11-25_183005_10k-simulated.summary.txt, beside it.</summary>
    public static string SummaryPath(string trace) => Path.ChangeExtension(trace, ".summary.txt");

    /// <summary>Writes the summary beside <paramref name="trace"/> (readable by its user only, like the trace); returns its path.</summary>
    public static string WriteSummary(string trace, SessionSummary summary)
    {
        var path = SummaryPath(trace);
        PrivateFiles.WriteAllLines(path, summary.Describe());
        return path;
    }

    /// <summary>Adds the session to the history at <paramref name="historyPath"/>; null when it was added, else why not.</summary>
    /// <exception cref="IOException">The database cannot be opened or written.</exception>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The database is not a history or is damaged.</exception>
    public static string? Index(string historyPath, string trace, bool interrupted = false)
    {
        lock (HistoryGate)
        {
            using var history = SessionHistory.Open(historyPath);
            return history.Index(trace, interrupted: interrupted);
        }
    }

    /// <summary>
    /// As <see cref="Index"/>, but a history that cannot be opened is a reason, not an exception:
    /// the trace is already safe on disk and can be added later with <c>pacelink history --add</c>.
    /// </summary>
    public static string? TryIndex(string historyPath, string trace, bool interrupted = false)
    {
        try
        {
            return Index(historyPath, trace, interrupted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return $"cannot open the history at '{historyPath}': {e.Message}";
        }
    }
}
