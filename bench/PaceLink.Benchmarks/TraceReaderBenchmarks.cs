using BenchmarkDotNet.Attributes;
using PaceLink.Core.Recording;

namespace PaceLink.Benchmarks;

/// <summary>
/// The trace file of the simulated hour (18,000 notification lines) read as <c>pacelink replay</c>
/// reads it: bytes through the pooled line buffer, each line parsed in place. One benchmark only
/// reads, the other reads and replays; both per notification, so the allocation column is bytes per line.
/// </summary>
[MemoryDiagnoser]
public class TraceReaderBenchmarks
{
    private byte[] _file = [];

    [GlobalSetup]
    public void WriteTheHour() => _file = HourSession.File(HourSession.Generate());

    [Benchmark(OperationsPerInvoke = HourSession.Notifications, Description = "read the hour's trace file, per line")]
    public int ReadPerLine()
    {
        var trace = TraceStream.Open(new MemoryStream(_file, writable: false));
        var count = 0;
        foreach (var _ in trace.Records()) count++;
        return count;
    }

    [Benchmark(OperationsPerInvoke = HourSession.Notifications, Description = "read and replay the hour's trace file, per notification")]
    public int ReadAndReplayPerNotification() => HourSession.ReplayFile(_file).Events.Count;
}
