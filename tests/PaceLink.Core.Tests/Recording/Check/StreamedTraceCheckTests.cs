using System.Text;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Core.Tests.Recording.Check;

/// <summary>`trace check` reads a file as it goes: the same findings as the check of its text, and a repair copied from the file.</summary>
public class StreamedTraceCheckTests
{
    private const string Header = """{"type":"header","format":"pacelink-trace","version":1,"started_utc":"2026-03-01T07:30:00Z","sensors":[{"id":"pod","kind":"rsc"}]}""";
    private const string Notify = """{"type":"notify","t":1.25,"sensor":"pod","char":"2a53","hex":"000004b4"}""";

    public static TheoryData<string> Traces() =>
    [
        $"{Header}\n{Notify}\n{Notify}\n",
        $"{Header}\n{Notify}\n{{\"type\":\"notify\",\"t\":2",
        $"{Header}\nnoise\n\n{{\"type\":\"command\",\"t\":1,\"name\":\"jump\"}}\n{Notify}\n",
        $"{Header}\n{{\"type\":\"battery\",\"t\":3,\"level\":80}}\n{Notify}\n" + """{"type":"notify","t":0.5,"sensor":"pod","char":"2a53","hex":"02"}""" + "\n",
        $"{Header}\n{Notify}",
        $"{Header}\n{Notify}\n   ",
        $"{Header}\n{Notify}\n{{\"type\":\"command\",\"t\":-1,\"name\":\"lap\"}}",
        $"{Header}\r\n{Notify}\rnoise\r\n{Notify}\n",
        $"{Header}\r\n{Notify}\r",
        $"{Header}",
        "",
        "hello\nmore\n",
        "\n\n",
        """{"type":"header","format":"pacelink-trace","version":7}""" + "\n" + Notify + "\n",
    ];

    [Theory]
    [MemberData(nameof(Traces))]
    public void AFileReadAsItGoesGivesTheFindingsAndRepairOfItsText(string text)
    {
        var ofText = TraceChecker.Check(text);

        var ofFile = TraceChecker.Check(new OneWayStream(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(ofText.Findings, ofFile.Findings);
        Assert.Equal((ofText.Lines, ofText.Records, ofText.KeptLines.Count), (ofFile.Lines, ofFile.Records, ofFile.KeptLineCount));
        Assert.Empty(ofFile.KeptLines);
        if (ofFile.IsFatal) return;
        var repaired = new MemoryStream();
        TraceChecker.WriteRepaired(new OneWayStream(Encoding.UTF8.GetBytes(text)), repaired, ofFile);
        Assert.Equal(ofText.RepairedText(), Encoding.UTF8.GetString(repaired.ToArray()));
    }

    [Fact]
    public void ABrokenLineMidTraceIsDamagedAtItsLineAndOnlyItIsDropped()
    {
        var text = $"{Header}\n{Notify}\n{{\"type\":\"notify\",\"t\":2,\"sen\n{Notify}\n";

        var report = TraceChecker.Check(new OneWayStream(Encoding.UTF8.GetBytes(text)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((3, TraceFindingKind.Damaged), (finding.Line, finding.Kind));
        Assert.StartsWith("not JSON", finding.Message);
        Assert.Equal([3], report.DroppedLines);
        var repaired = new MemoryStream();
        TraceChecker.WriteRepaired(new OneWayStream(Encoding.UTF8.GetBytes(text)), repaired, report);
        Assert.Equal($"{Header}\n{Notify}\n{Notify}\n", Encoding.UTF8.GetString(repaired.ToArray()));
    }

    [Fact]
    public void AByteOrderMarkAndInvalidUtf8CheckAsTheFileDecodedToText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\n{Notify}\n{{\"type\":\"notify\",\"t\":3,\"sensor\":\"p")).Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("d\",\"char\":\"2a53\",\"hex\":\"02\"}\n")).ToArray();
        var asText = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');

        var report = TraceChecker.Check(new OneWayStream(bytes));

        Assert.Equal(TraceChecker.Check(asText).Findings, report.Findings);
        var repaired = new MemoryStream();
        TraceChecker.WriteRepaired(new OneWayStream(bytes), repaired, report);
        Assert.Equal(TraceChecker.Check(asText).RepairedText(), Encoding.UTF8.GetString(repaired.ToArray()));
    }

    [Fact]
    public void ALongTraceIsCheckedWithoutHoldingItsLines()
    {
        const int records = 200_000;
        var source = new GeneratedTrace(Header, Notify, records);

        var report = TraceChecker.Check(source);

        Assert.True(report.Healthy);
        Assert.Equal((records + 1, records, records + 1), (report.Lines, report.Records, report.KeptLineCount));
        Assert.Empty(report.KeptLines);
        // The file was read a buffer at a time: never more than one buffer asked for at once.
        Assert.InRange(source.LargestRead, 1, 64 * 1024);
    }

    /// <summary>A file that can only be read forwards, in small pieces (a pipe, a slow card).</summary>
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        private int _at;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 5), bytes.Length - _at);
            Array.Copy(bytes, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A header and many copies of one line, made as they are read: the whole file never exists.</summary>
    private sealed class GeneratedTrace(string header, string line, int copies) : Stream
    {
        private readonly byte[] _header = Encoding.UTF8.GetBytes(header + "\n");
        private readonly byte[] _line = Encoding.UTF8.GetBytes(line + "\n");
        private long _at;
        public int LargestRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            LargestRead = Math.Max(LargestRead, count);
            var total = _header.Length + (long)_line.Length * copies;
            var n = 0;
            while (n < count && _at < total)
            {
                buffer[offset + n++] = _at < _header.Length ? _header[_at] : _line[(_at - _header.Length) % _line.Length];
                _at++;
            }
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
