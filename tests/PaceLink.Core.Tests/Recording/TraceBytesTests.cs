using System.Text;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Recording;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Recording;

/// <summary>A trace file is read as bytes through a small re-used buffer, and reads exactly as its decoded text does.</summary>
public class TraceBytesTests
{
    private const string Header = """{"type":"header","format":"pacelink-trace","version":1,"started_utc":"2026-03-01T07:30:00Z","sensors":[{"id":"pod","kind":"rsc"},{"id":"hr","kind":"hr"}]}""";

    private static string Notify(double t, string sensor = "pod", string hex = "0200040000", string ch = "2a53") =>
        $$"""{"type":"notify","t":{{t.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"sensor":"{{sensor}}","char":"{{ch}}","hex":"{{hex}}"}""";

    /// <summary>Every kind of line a reader meets: records, unknown kinds, damage, odd spellings.</summary>
    private static readonly string[] Mixed =
    [
        Header,
        Notify(0.25),
        Notify(0.5, "hr", "0648"),
        """{"type":"command","t":1,"name":"lap"}""",
        """{"type":"relayed","t":1.5,"from":"phone","hex":"zz"}""",
        """{"type":"link","t":2,"sensor":"pod","state":"disconnected"}""",
        Notify(2.5, hex: "0G"),
        Notify(2.75, hex: "020"),
        """{"t":3,"sensor":"pod"}""",
        "garbage {",
        "   ",
        """[1,2]""",
        """{"type":"notify","t":3.5,"sensor":"p\u006fd","char":"0x2A53","hex":"02000400\u0030\u0030"}""",
        """{"type":"notify","t":3.75,"t":4,"sensor":"pod","char":"2A53","hex":"02AB040000","extra":{"deep":[1,{"type":"x"}]}}""",
        """{"type":"command","t":-1,"name":"lap"}""",
        """{"type":"event","t":5,"kind":"phase","phase":"rest","set":1,"rep":1}""",
        """{"type":"command","t":6,"name":"jump"}""",
        Notify(7, "strap", "0650"),
        """{"type":"notify","t":7.5,"sensor":"pod","char":"2a53","hex":"02""",
    ];

    [Theory]
    [InlineData("\n", 7)]
    [InlineData("\r\n", 7)]
    [InlineData("\r", 7)]
    [InlineData("\n", 1)]
    [InlineData("\r\n", 1)]
    [InlineData("\r\n", 64)]
    public void BytesInSmallPiecesReadAsTheirText(string newline, int piece)
    {
        var text = string.Join(newline, Mixed);
        var expected = TraceReader.ReadText(text);

        var trace = TraceStream.Open(new TraceLines(new Trickle(Encoding.UTF8.GetBytes(text), piece), bufferSize: 16));
        var records = trace.Records().ToList();

        Assert.NotNull(trace.Header);
        Assert.Equal(Describe(expected.Trace!.Records), Describe(records));
        Assert.Equal(expected.Warnings.Select(w => w.ToString()), trace.Warnings.Select(w => w.ToString()));
        Assert.Equal(8, records.Count);
    }

    [Fact]
    public void AByteOrderMarkAndLinesLongerThanTheBufferAreRead()
    {
        var longHex = string.Concat(Enumerable.Repeat("ab", 600));
        var text = string.Join("\r\n", Header, Notify(1, hex: longHex), Notify(2)) + "\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var trace = TraceStream.Open(new TraceLines(new Trickle(bytes, 5), bufferSize: 16));
        var records = trace.Records().Cast<NotifyRecord>().ToList();

        Assert.Empty(trace.Warnings);
        Assert.Equal(600, records[0].Payload.Length);
        Assert.All(records[0].Payload.ToArray(), b => Assert.Equal(0xAB, b));
        Assert.Equal(TimeSpan.FromSeconds(2), records[1].T);
    }

    [Fact]
    public void AFileMuchLargerThanTheBufferReadsEveryRecordWithItsOwnPayload()
    {
        var lines = new[] { Header }.Concat(Enumerable.Range(0, 5000).Select(i => Notify(i * 0.25, hex: $"02{i % 256:x2}{i / 256:x2}0000")));
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

        var records = TraceStream.Open(file).Records().Cast<NotifyRecord>().ToList();

        Assert.Equal(5000, records.Count);
        Assert.Equal(Enumerable.Range(0, 5000), records.Select(r => r.Payload.Span[1] + 256 * r.Payload.Span[2]));
        Assert.True(records.All(r => ReferenceEquals(r.Sensor, records[0].Sensor)), "one string per sensor id");
    }

    [Fact]
    public void InvalidUtf8ReadsAsItsReplacementCharacterAsTheTextReaderDid()
    {
        var before = Encoding.UTF8.GetBytes(Header + "\n" + """{"type":"notify","t":1,"sensor":"po""");
        var after = Encoding.UTF8.GetBytes("""d","char":"2a53","hex":"02"}""" + "\n" + Notify(2) + "\n");
        byte[] bytes = [.. before, 0xFF, .. after];

        var streamed = TraceStream.Open(new MemoryStream(bytes));
        var records = streamed.Records().ToList();
        var decoded = TraceReader.ReadText(new UTF8Encoding(false).GetString(bytes));

        Assert.Equal(Describe(decoded.Trace!.Records), Describe(records));
        Assert.Equal("po\uFFFDd", ((NotifyRecord)records[0]).Sensor);
    }

    [Fact]
    public void AStreamedReplayGivesTheEventsOfTheReplayOfTheWholeTrace()
    {
        var lines = new List<string> { Header };
        for (var i = 0; i < 4 * 600; i++)
        {
            var t = i * 0.25;
            // 4 m/s with the total distance in decimetres; a few records out of order, as sensor threads write them.
            var metres = (int)(t * 4 * 10);
            lines.Add(Notify(i % 97 == 5 ? t + 0.3 : t, hex: $"020004b4{metres & 0xff:x2}{(metres >> 8) & 0xff:x2}{(metres >> 16) & 0xff:x2}00"));
            if (i % 4 == 0) lines.Add(Notify(t + 0.1, "hr", "0696"));
            if (i == 800) lines.Add("""{"type":"command","t":199.9,"name":"lap"}""");
        }
        var text = string.Join('\n', lines) + "\n";
        var plan = WorkoutPresets.Intervals(2, PaceLink.Core.Units.Pace.FromSecondsPerKm(240));
        var options = new CoachingOptions();

        var whole = TraceReplay.Run(TraceReader.ReadText(text).Trace!, plan, options);
        var streamed = TraceReplay.Run(TraceStream.Open(new MemoryStream(Encoding.UTF8.GetBytes(text))), plan, options);

        Assert.NotEmpty(whole.Events);
        Assert.Equal(whole.Events.Select(CoachingEventJson.Serialize), streamed.Events.Select(CoachingEventJson.Serialize));
        Assert.Equal(whole.Duration, streamed.Duration);
        Assert.Equal(whole.Final! with { Sensors = [] }, streamed.Final! with { Sensors = [] });
        Assert.Equal(whole.Final.Sensors, streamed.Final.Sensors);
    }

    private static List<string> Describe(IEnumerable<TraceRecord> records) => records.Select(r => r switch
    {
        NotifyRecord n => n.ToString(),
        EventRecord e => CoachingEventJson.Serialize(e.Event),
        _ => r.ToString(),
    }).ToList();

    /// <summary>A stream that hands out at most a few bytes per read, as a pipe or a slow disk may.</summary>
    private sealed class Trickle(byte[] bytes, int piece) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));
    }
}
