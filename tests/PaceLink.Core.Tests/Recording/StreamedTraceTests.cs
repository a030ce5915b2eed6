using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;

namespace PaceLink.Core.Tests.Recording;

/// <summary>A long trace is read and replayed as it goes, never held whole.</summary>
public class StreamedTraceTests
{
    private const string Header = """{"type":"header","format":"pacelink-trace","version":1,"started_utc":"2026-03-01T07:30:00Z","sensors":[{"id":"pod","kind":"rsc","name":"Pod","address":"AA"}]}""";

    private static NotifyRecord Pod(double seconds) => new(TimeSpan.FromSeconds(seconds), "pod", 0x2A53, new byte[] { 0x02, 0x00, 0x04, 0x00, 0x00 });

    [Fact]
    public void PlayOrderReadsOnlyTheReorderWindowAhead()
    {
        var pulled = 0;
        IEnumerable<TraceRecord> FourHertz()
        {
            for (var i = 0; i < 100_000; i++)
            {
                pulled++;
                yield return Pod(i * 0.25);
            }
        }

        var first = TraceReplay.InPlayOrder(FourHertz(), TimeSpan.FromSeconds(10)).Take(3).ToList();

        Assert.Equal([0.0, 0.25, 0.5], first.Select(r => r.T.TotalSeconds));
        // 10 s at 4 Hz, and the record that showed the window was passed.
        Assert.InRange(pulled, 3, 4 * 10 + 4);
    }

    [Fact]
    public void PlayOrderIsTheStableSortOfTheWholeTrace()
    {
        TraceRecord[] records =
        [
            Pod(1.0), new CommandRecord(TimeSpan.FromSeconds(2), CoachCommand.Lap), Pod(0.75), Pod(2.0),
            new LinkRecord(TimeSpan.FromSeconds(1.5), "pod", LinkState.Connected), Pod(1.0) with { Sensor = "second" }, Pod(30), Pod(29.5),
        ];
        var expected = records.Where(r => r is NotifyRecord or CommandRecord)
            .OrderBy(r => r.T).ThenBy(r => r is CommandRecord ? 1 : 0).ToList();

        Assert.Equal(expected, TraceReplay.InPlayOrder(records, TimeSpan.FromSeconds(10)).ToList());
    }

    [Fact]
    public void TheHeaderAndFirstRecordComeBeforeTheRestOfTheFileIsRead()
    {
        var lines = new[] { Header }.Concat(Enumerable.Range(0, 1000).Select(i => $$"""{"type":"notify","t":{{i}},"sensor":"pod","char":"2a53","hex":"0200040000"}"""));
        var reader = new CountingReader(string.Join('\n', lines));

        var trace = TraceStream.Open(reader);
        var first = trace.Records().First();

        Assert.NotNull(trace.Header);
        Assert.Equal(TimeSpan.Zero, first.T);
        Assert.Equal(2, reader.LinesRead);
    }

    [Fact]
    public void AFileThatCanOnlyBeReadForwardsIsReadABufferAhead()
    {
        var body = string.Concat(Enumerable.Range(0, 100_000).Select(i => $$"""{"type":"notify","t":{{i}},"sensor":"pod","char":"2a53","hex":"0200040000"}""" + "\n"));
        var file = new ForwardOnlyStream(System.Text.Encoding.UTF8.GetBytes(Header + "\n" + body));

        var trace = TraceStream.Open(file);
        var first = trace.Records().Take(2).ToList();

        Assert.Equal([0.0, 1.0], first.Select(r => r.T.TotalSeconds));
        // About 7 MB of trace; the reader has asked for one buffer of it.
        Assert.InRange(file.BytesRead, 1, 64 * 1024);
    }

    [Fact]
    public void ABrokenLineMidTraceReadFromBytesIsReportedAtItsLineAndReadingGoesOn()
    {
        var text = $$"""
            {{Header}}
            {"type":"notify","t":1,"sensor":"pod","char":"2a53","hex":"02"}
            {"type":"notify","t":1.5,"sen
            {"type":"notify","t":2,"sensor":"pod","char":"2a53","hex":"02"}

            """.ReplaceLineEndings("\n");

        var trace = TraceStream.Open(new ForwardOnlyStream(System.Text.Encoding.UTF8.GetBytes(text)));
        var records = trace.Records().ToList();

        Assert.Equal([1.0, 2.0], records.Select(r => r.T.TotalSeconds));
        Assert.Equal(TraceReader.ReadText(text).Warnings, trace.Warnings);
        var warning = Assert.Single(trace.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("not a JSON object", warning.Message);
    }

    [Fact]
    public void ACutOffLastLineIsReportedOnceTheEndIsReached()
    {
        var trace = TraceStream.Open(new StringReader($"{Header}\n{{\"type\":\"notify\",\"t\":1,\"sensor\":\"pod\",\"char\":\"2a53\",\"hex\":\"02\"}}\nnot json\n{{\"type\":\"notify\",\"t\":2,\"sensor\":\"pod\",\"char\":\"2a53\",\"hex\":\"02\"}}\n{{\"type\":\"notify\",\"t\":2.2,\"sen"));

        var records = trace.Records().ToList();

        Assert.Equal(2, records.Count);
        Assert.Collection(trace.Warnings,
            w => { Assert.Equal(3, w.Line); Assert.Contains("not a JSON object", w.Message); },
            w => { Assert.Equal(5, w.Line); Assert.Contains("cut off", w.Message); });
    }

    [Fact]
    public void AFileThatIsNotATraceGivesTheErrorAndNoRecords()
    {
        var trace = TraceStream.Open(new StringReader("hello\n"));

        Assert.Null(trace.Header);
        Assert.Contains("not a PaceLink trace", trace.Error);
        Assert.Empty(trace.Records());
    }

    /// <summary>A pipe: read forwards only, counting what was asked for.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, bytes.Length - BytesRead);
            Array.Copy(bytes, BytesRead, buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class CountingReader(string text) : TextReader
    {
        private readonly StringReader _inner = new(text);
        public int LinesRead { get; private set; }

        public override string? ReadLine()
        {
            var line = _inner.ReadLine();
            if (line is not null) LinesRead++;
            return line;
        }
    }
}
