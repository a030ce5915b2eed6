using PaceLink.Core.Recording;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Core.Tests.Recording.Check;

public class TraceCheckerTests
{
    private const string Header = """{"type":"header","format":"pacelink-trace","version":1,"started_utc":"2026-03-01T07:30:00Z","sensors":[{"id":"pod","kind":"rsc"}]}""";
    private const string Notify = """{"type":"notify","t":1.25,"sensor":"pod","char":"2a53","hex":"000004b4"}""";

    [Fact]
    public void AHealthyTraceHasNoFindingsAndKeepsEveryLine()
    {
        var report = TraceChecker.Check($"{Header}\n{Notify}\n{Notify}\n");

        Assert.True(report.Healthy);
        Assert.Empty(report.Findings);
        Assert.Equal(2, report.Records);
        Assert.Equal($"{Header}\n{Notify}\n{Notify}\n", report.RepairedText());
    }

    [Fact]
    public void ATornLastLineIsDamagedAtItsLineAndARepairDropsIt()
    {
        var report = TraceChecker.Check($"{Header}\n{Notify}\n{{\"type\":\"notify\",\"t\":2");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((3, TraceFindingKind.Damaged), (finding.Line, finding.Kind));
        Assert.Contains("cut off", finding.Message);
        Assert.Equal($"{Header}\n{Notify}\n", report.RepairedText());
    }

    [Fact]
    public void GarbageEmptyLinesAndUnusableRecordsAreDroppedWithTheirLineNumbers()
    {
        var report = TraceChecker.Check($"{Header}\nnoise\n\n{{\"type\":\"command\",\"t\":1,\"name\":\"jump\"}}\n{Notify}\n");

        Assert.Equal([2, 3, 4], report.Findings.Select(f => f.Line));
        Assert.All(report.Findings, f => Assert.Equal(TraceFindingKind.Damaged, f.Kind));
        Assert.Equal(3, report.Repairable);
        Assert.Equal($"{Header}\n{Notify}\n", report.RepairedText());
    }

    [Fact]
    public void UnknownRecordTypesOddPayloadsAndBackwardTimesAreNotesAndStay()
    {
        var text = $"{Header}\n{{\"type\":\"battery\",\"t\":3,\"level\":80}}\n{Notify}\n" +
                   """{"type":"notify","t":0.5,"sensor":"pod","char":"2a53","hex":"02"}""" + "\n";

        var report = TraceChecker.Check(text);

        Assert.True(report.Healthy);
        Assert.Equal([(2, TraceFindingKind.Note), (4, TraceFindingKind.Note), (4, TraceFindingKind.Note)], report.Findings.Select(f => (f.Line, f.Kind)));
        Assert.Contains("unknown record type \"battery\"", report.Findings[0].Message);
        Assert.Contains("does not decode", report.Findings[1].Message);
        Assert.Contains("time goes back for pod from 1.25 s to 0.5 s", report.Findings[2].Message);
        Assert.Equal(text, report.RepairedText());
    }

    [Fact]
    public void ALastLineWithoutItsLineFeedIsKeptAndTheLineFeedAdded()
    {
        var report = TraceChecker.Check($"{Header}\n{Notify}");

        Assert.Equal(TraceFindingKind.Damaged, Assert.Single(report.Findings).Kind);
        Assert.Equal(1, report.Records);
        Assert.Equal($"{Header}\n{Notify}\n", report.RepairedText());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("hello\n", "not a PaceLink trace")]
    [InlineData("\n\n", "only empty lines")]
    [InlineData("""{"type":"header","format":"pacelink-trace","version":7}""" + "\n", "version 7 is not supported")]
    public void AFileThatIsNotAReadableTraceIsFatalAndNothingIsKept(string text, string reason)
    {
        var report = TraceChecker.Check(text);

        Assert.True(report.IsFatal);
        Assert.Contains(reason, Assert.Single(report.Findings).Message);
        Assert.Empty(report.KeptLines);
    }

    [Fact]
    public void CheckerAndReaderAgreeOnLineNumbersWithCrLfAndLoneCr()
    {
        var text = $"{Header}\r\n{Notify}\rnoise\r\n{Notify}\n";

        var report = TraceChecker.Check(text);
        var read = TraceReader.ReadText(text);

        Assert.Equal(3, Assert.Single(report.Findings).Line);
        Assert.Equal(3, Assert.Single(read.Warnings).Line);
    }
}
