using Microsoft.Extensions.Logging;
using PaceLink.Service.History;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

/// <summary>A finished service session is filed once: its summary beside the trace and its row in the history.</summary>
public class SessionArchiveSinkTests
{
    [Fact]
    public void AFinishedSessionHasItsSummaryBesideTheTraceAndARowInTheHistory()
    {
        using var data = new TempFolder("archive");
        var options = new PaceLinkOptions { DataFolder = data.Path };
        var log = new ListLogger<SessionArchiveSink>();
        using var harness = new SimulatedSessionHarness(sinks: new SessionArchiveSink(options, log));

        var summary = harness.RunToEnd();

        Assert.Equal(summary.Describe(), File.ReadAllLines(SessionArchive.SummaryPath(harness.TracePath)));
        using var history = SessionHistory.Open(options.HistoryPath);
        var entry = Assert.Single(history.List());
        Assert.Equal(Path.GetFullPath(harness.TracePath), entry.TracePath);
        Assert.Empty(log.At(LogLevel.Warning));
    }

    [Fact]
    public void AHistoryThatCannotBeOpenedCostsAWarningAndTheSummaryIsStillWritten()
    {
        using var data = new TempFolder("archive");
        var options = new PaceLinkOptions { DataFolder = data.Path };
        Directory.CreateDirectory(options.HistoryPath); // a folder where the database should be
        var log = new ListLogger<SessionArchiveSink>();
        using var harness = new SimulatedSessionHarness(sinks: new SessionArchiveSink(options, log));

        harness.RunToEnd();

        Assert.True(File.Exists(SessionArchive.SummaryPath(harness.TracePath)));
        var warning = Assert.Single(log.At(LogLevel.Warning));
        Assert.Contains("not added to the history", warning);
        Assert.Contains("pacelink history --add", warning);
    }

    [Fact]
    public void TheLogTellsTheSessionsStoryUnderItsId()
    {
        var log = new ListLogger<SessionLogSink>();
        using var harness = new SimulatedSessionHarness(sinks: new SessionLogSink(log));

        harness.RunToEnd();

        var lines = log.At(LogLevel.Information);
        Assert.Equal(8, lines.Count(l => l.StartsWith("Session session: set ", StringComparison.Ordinal) && l.Contains(" in ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("Session session: warmup", StringComparison.Ordinal));
    }
}
