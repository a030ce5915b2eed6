using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Service.History;
using PaceLink.Service.Hosting;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Files a service session when it ends: the summary beside its trace, its row in the history,
/// and its mark as unfinished cleared. A disk or history that refuses costs a warning only;
/// the trace itself is never touched here.
/// </summary>
public sealed class SessionArchiveSink(PaceLinkOptions options, ILogger<SessionArchiveSink> log) : ICoachingSink
{
    public string Name => "archive";

    public void OnEvent(CoachingEvent cue) { }

    public void OnEnded(SessionSummary summary)
    {
        if (summary.TracePath is not { } trace) return;
        WriteSummary(trace, summary);
        var error = SessionArchive.TryIndex(options.HistoryPath, trace);
        if (error is null) log.LogInformation("Session added to the history {History}", options.HistoryPath);
        else log.LogWarning("Session not added to the history {History}: {Reason}; add it later with `pacelink history --add`", options.HistoryPath, error);
        UnfinishedSessions.Clear(trace);
    }

    private void WriteSummary(string trace, SessionSummary summary)
    {
        try
        {
            log.LogInformation("Summary written to {Summary}", SessionArchive.WriteSummary(trace, summary));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var path = SessionArchive.SummaryPath(trace);
            if (summary.RecordsLost > 0)
                log.LogWarning(e, "Could not write the summary to {Summary}; the trace lacks {Lost} records the disk refused", path, summary.RecordsLost);
            else
                log.LogWarning(e, "Could not write the summary to {Summary}; the trace is complete", path);
        }
    }
}
