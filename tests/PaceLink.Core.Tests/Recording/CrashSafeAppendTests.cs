using PaceLink.Core.Coaching;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Core.Tests.Recording;

/// <summary>
/// A killed process leaves the file cut at some byte. Cutting a real trace at every byte offset
/// shows the reader then loses at most the record being written, and a repair keeps all the rest.
/// </summary>
public class CrashSafeAppendTests
{
    private static (byte[] Bytes, List<int> LineEnds, List<TraceRecord> Written) RecordSome()
    {
        var stream = new MemoryStream();
        var ends = new List<int>();
        var written = new List<TraceRecord>();
        using (var writer = new TraceWriter(stream, leaveOpen: true))
        {
            writer.WriteHeader(new TraceHeader { StartedUtc = DateTimeOffset.UnixEpoch, Sensors = [new SensorInfo("pod", SensorKind.Rsc)] });
            ends.Add((int)stream.Length);
            for (var i = 1; i <= 6; i++)
            {
                TraceRecord record = (i % 3) switch
                {
                    0 => new EventRecord(new Countdown(TimeSpan.FromSeconds(i), 10 - i)),
                    1 => new NotifyRecord(TimeSpan.FromSeconds(i * 0.25), "pod", GattIds.RscMeasurement, new RscMeasurement(3.5 + i, 180, null, 10.0 * i, true).ToArray()),
                    _ => new LinkRecord(TimeSpan.FromSeconds(i), "pod", i % 2 == 0 ? LinkState.Disconnected : LinkState.Connected),
                };
                writer.Write(record);
                written.Add(record);
                ends.Add((int)stream.Length);
            }
        }
        return (stream.ToArray(), ends, written);
    }

    [Fact]
    public void CuttingTheFileAtAnyByteLosesAtMostTheRecordBeingWritten()
    {
        var (bytes, ends, written) = RecordSome();

        for (var cut = ends[0]; cut <= bytes.Length; cut++)
        {
            var read = TraceReader.Read(new MemoryStream(bytes, 0, cut));
            // Complete lines before the cut; a line cut just before its line feed is complete JSON too.
            var whole = ends.Skip(1).Count(end => end <= cut + 1);
            var records = read.Trace!.Records;
            Assert.Equal(whole, records.Count);
            Assert.Equal(written.Take(whole).Select(Describe), records.Select(Describe));
            Assert.True(read.Warnings.Count <= 1, $"cut at {cut}: {string.Join("; ", read.Warnings)}");
        }
    }

    [Fact]
    public void ARepairAfterACutKeepsEveryWholeRecordAndLeavesAHealthyTrace()
    {
        var (bytes, ends, _) = RecordSome();

        for (var cut = ends[0]; cut <= bytes.Length; cut++)
        {
            var report = TraceChecker.Check(System.Text.Encoding.UTF8.GetString(bytes, 0, cut));
            var repaired = TraceChecker.Check(report.RepairedText());

            Assert.True(repaired.Healthy, $"cut at {cut}: {string.Join("; ", repaired.Findings)}");
            Assert.Equal(ends.Skip(1).Count(end => end <= cut + 1), repaired.Records);
        }
    }

    [Fact]
    public void ACutInsideTheHeaderIsReportedAsNotATraceRatherThanThrowing()
    {
        var (bytes, ends, _) = RecordSome();

        for (var cut = 0; cut < ends[0] - 1; cut++)
        {
            var read = TraceReader.Read(new MemoryStream(bytes, 0, cut));

            Assert.False(read.Ok);
            Assert.False(string.IsNullOrWhiteSpace(read.Error));
            Assert.True(TraceChecker.Check(System.Text.Encoding.UTF8.GetString(bytes, 0, cut)).IsFatal);
        }
    }

    private static string Describe(TraceRecord r) => r switch
    {
        NotifyRecord n => n.ToString(),
        EventRecord e => CoachingEventJson.Serialize(e.Event),
        _ => r.ToString(),
    };
}
