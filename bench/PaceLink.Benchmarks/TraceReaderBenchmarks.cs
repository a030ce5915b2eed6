using BenchmarkDotNet.Attributes;
using PaceLink.Core.Recording;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Benchmarks;

/// <summary>
/// The trace file of the simulated hour (18,000 notification lines) read as the CLI reads it: bytes
/// through the pooled line buffer, each line parsed in place, from a stream that can only be read
/// forwards (as a pipe), so nothing can read the file whole. All per line, so the allocation column
/// is bytes per line: reading record by record as replay does (0 B is the aim), handing out a
/// record object per line, reading and replaying, and checking as <c>pacelink trace check</c> does.
/// </summary>
[MemoryDiagnoser]
public class TraceReaderBenchmarks
{
    private byte[] _file = [];

    [GlobalSetup]
    public void WriteTheHour() => _file = HourSession.File(HourSession.Generate());

    private ForwardOnly File() => new(_file);

    [Benchmark(OperationsPerInvoke = HourSession.Notifications, Description = "stream the hour's trace record by record (as replay reads it), per line")]
    public long StreamPerLine()
    {
        var trace = TraceStream.Open(File());
        long sum = 0;
        while (trace.ReadNext(out var record)) sum += record.Payload.Length;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = HourSession.Notifications, Description = "read the hour's trace as record objects, per line")]
    public int ReadPerLine()
    {
        var trace = TraceStream.Open(File());
        var count = 0;
        foreach (var _ in trace.Records()) count++;
        return count;
    }

    [Benchmark(OperationsPerInvoke = HourSession.Notifications, Description = "read and replay the hour's trace file, per notification")]
    public int ReadAndReplayPerNotification() => HourSession.ReplayFile(File()).Events.Count;

    [Benchmark(OperationsPerInvoke = HourSession.Notifications, Description = "check the hour's trace file (trace check), per line")]
    public int CheckPerLine() => TraceChecker.Check(File()).Records;

    /// <summary>A memory stream that says it cannot seek, as a pipe or a socket.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
