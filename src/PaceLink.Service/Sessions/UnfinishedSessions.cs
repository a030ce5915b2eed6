using System.Text;
using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Core.Recording.Check;
using PaceLink.Service.History;
using PaceLink.Service.Storage;

namespace PaceLink.Service.Sessions;

/// <summary>A session the service did not end (killed, power lost), found and finished at the next start.</summary>
/// <param name="Session">The trace's stem, as the API names sessions.</param>
/// <param name="Trace">The trace as recorded, never changed.</param>
/// <param name="Usable">The trace the summary and history use: the original, or its repaired copy; null when unreadable.</param>
public sealed record RecoveredSession(string Session, string Trace, string? Usable);

/// <summary>
/// How the service knows a session was cut short: a marker file <c>NAME.recording</c> is made
/// beside the trace when the session starts and removed once it has ended cleanly (summary
/// written, history added). A marker found at start-up belongs to a session the service never
/// ended. <c>pacelink run</c> writes no marker: it reports its own end in the terminal.
/// </summary>
internal static class UnfinishedSessions
{
    public static string MarkerPath(string trace) => Path.ChangeExtension(trace, ".recording");

    /// <summary>A repaired copy sits beside the trace: the recording itself is never rewritten.</summary>
    public static string RepairedPath(string trace) => Path.ChangeExtension(trace, ".repaired.jsonl");

    public static void Mark(string trace, ILogger log)
    {
        try
        {
            PrivateFiles.WriteAllLines(MarkerPath(trace), ["this session is being recorded; the file goes when it ends"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning("Could not mark {Trace} as being recorded ({Reason}); if the service is killed, finish it with `pacelink trace check`", trace, e.Message);
        }
    }

    public static void Clear(string trace)
    {
        try
        {
            File.Delete(MarkerPath(trace));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover marker only means the session is looked at again at the next start; recovery is safe to repeat.
        }
    }

    /// <summary>
    /// Finishes every session in <paramref name="folder"/> that the service never ended: the trace
    /// checked (and repaired on a copy when damaged), its summary written, the session added to the
    /// history marked interrupted, and one warning logged. Never throws: a start must not fail for it.
    /// </summary>
    public static IReadOnlyList<RecoveredSession> Recover(string folder, string historyPath, ILogger log)
    {
        string[] markers;
        try
        {
            markers = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.recording") : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning("Could not look for interrupted sessions in {Folder}: {Reason}", folder, e.Message);
            return [];
        }
        var recovered = new List<RecoveredSession>();
        foreach (var marker in markers.Order(StringComparer.Ordinal))
        {
            var trace = Path.ChangeExtension(marker, ".jsonl");
            try
            {
                if (File.Exists(trace)) recovered.Add(Finish(trace, historyPath, log));
                else log.LogWarning("An interrupted session left {Marker} but no trace {Trace}; nothing to recover", marker, trace);
                File.Delete(marker);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                log.LogWarning("The interrupted session {Trace} could not be finished: {Reason}; check it with `pacelink trace check`", trace, e.Message);
            }
        }
        return recovered;
    }

    private static RecoveredSession Finish(string trace, string historyPath, ILogger log)
    {
        var session = Path.GetFileNameWithoutExtension(trace);
        var report = TraceChecker.Check(File.ReadAllText(trace, new UTF8Encoding(false, false)));
        if (report.IsFatal)
        {
            log.LogWarning("Session {Session} was interrupted and its trace {Trace} is not readable; it is kept as it is", session, trace);
            return new RecoveredSession(session, trace, null);
        }
        var usable = trace;
        if (!report.Healthy)
        {
            usable = RepairedPath(trace);
            using (var copy = PrivateFiles.Open(usable, FileMode.Create))
                copy.Write(new UTF8Encoding(false).GetBytes(report.RepairedText()));
        }
        TraceContents contents;
        using (var stream = File.OpenRead(usable))
            contents = TraceReader.Read(stream).Trace ?? throw new IOException($"{usable} could not be read back");
        var summary = new SessionSummary
        {
            TracePath = usable,
            Duration = contents.Duration,
            Interrupted = true,
            Reps = [.. contents.Events.OfType<RepCompleted>()],
            Notifications = contents.Notifications.LongCount(),
            Events = contents.Events.LongCount(),
            RecordsWritten = contents.Records.Count + 1,
        };
        PrivateFiles.WriteAllLines(SessionArchive.SummaryPath(trace), summary.Describe());
        var error = SessionArchive.Index(historyPath, usable, interrupted: true);
        var repaired = usable == trace ? "" : $" (repaired copy {usable}: {report.Repairable} damaged lines dropped)";
        log.LogWarning("Session {Session} was interrupted (the service stopped without ending it); its trace {Trace} was checked{Repaired}, summarised and {History}",
            session, trace, repaired, error is null ? "added to the history as interrupted" : $"not added to the history: {error}");
        return new RecoveredSession(session, trace, usable);
    }
}
