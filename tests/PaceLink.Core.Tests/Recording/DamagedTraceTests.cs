using PaceLink.Core.Recording;

namespace PaceLink.Core.Tests.Recording;

public class DamagedTraceTests
{
    private const string Header = """{"type":"header","format":"pacelink-trace","version":1,"started_utc":"2026-03-01T07:30:00Z","sensors":[{"id":"pod","kind":"rsc","name":"Pod","address":"AA"}]}""";
    private const string Notify = """{"type":"notify","t":1.25,"sensor":"pod","char":"2a53","hex":"0200040000"}""";

    [Fact]
    public void ACutOffLastLineIsSkippedWithAWarning()
    {
        var read = TraceReader.ReadText($"{Header}\n{Notify}\n{Notify}\n{{\"type\":\"notify\",\"t\":2.2,\"sen");

        Assert.True(read.Ok);
        Assert.Equal(2, read.Trace!.Records.Count);
        var warning = Assert.Single(read.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Contains("cut off", warning.Message);
    }

    [Fact]
    public void GarbageInTheMiddleIsReportedWithItsLineNumberAndSkipped()
    {
        var read = TraceReader.ReadText($"{Header}\n{Notify}\nthis is not json\n{Notify}\n");

        Assert.Equal(2, read.Trace!.Records.Count);
        Assert.Equal(3, Assert.Single(read.Warnings).Line);
    }

    [Theory]
    [InlineData("""{"type":"notify","sensor":"pod","char":"2a53","hex":"00"}""", "\"t\"")]
    [InlineData("""{"type":"notify","t":1,"sensor":"pod","char":"zz","hex":"00"}""", "char")]
    [InlineData("""{"type":"notify","t":1,"sensor":"pod","char":"2a53","hex":"0g1"}""", "hex")]
    [InlineData("""{"type":"command","t":1,"name":"jump"}""", "lap, pause, resume or stop")]
    [InlineData("""{"type":"event","t":1,"kind":"phase","phase":"sprint"}""", "phase")]
    [InlineData("""[1,2,3]""", "not a JSON object")]
    public void ARecordWithBadFieldsIsSkippedWithAReason(string line, string reason)
    {
        var read = TraceReader.ReadText($"{Header}\n{line}\n{Notify}\n");

        Assert.Single(read.Trace!.Records);
        var warning = Assert.Single(read.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains(reason, warning.Message);
    }

    [Fact]
    public void UnknownRecordTypesAndFieldsAreIgnored()
    {
        var read = TraceReader.ReadText($"{Header}\n{{\"type\":\"battery\",\"t\":3,\"level\":80}}\n{{\"type\":\"command\",\"t\":4,\"name\":\"lap\",\"by\":\"watch\"}}\n");

        Assert.Empty(read.Warnings);
        Assert.Equal(new CommandRecord(TimeSpan.FromSeconds(4), Pipeline.CoachCommand.Lap), Assert.Single(read.Trace!.Records));
    }

    [Fact]
    public void ANewerVersionIsRejectedWithAClearMessage()
    {
        var read = TraceReader.ReadText(Header.Replace("\"version\":1", "\"version\":2") + "\n" + Notify);

        Assert.False(read.Ok);
        Assert.Contains("version 2 is not supported", read.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello\n")]
    [InlineData("{\"type\":\"notify\",\"t\":1}\n")]
    [InlineData("{\"type\":\"header\",\"format\":\"other\",\"version\":1}\n")]
    public void AFileThatIsNotATraceGivesAnErrorInsteadOfThrowing(string text)
    {
        var read = TraceReader.ReadText(text);

        Assert.False(read.Ok);
        Assert.False(string.IsNullOrWhiteSpace(read.Error));
    }
}
