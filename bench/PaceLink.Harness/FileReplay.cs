using System.Diagnostics;
using PaceLink.Benchmarks;
using PaceLink.Core.Recording;

namespace PaceLink.Harness;

/// <summary>
/// Streams a trace file (such as the one <c>trace --notifications 1000000</c> writes) through the
/// reader alone and through the replay, as <c>pacelink replay</c> does, and prints CPU time and
/// allocation per notification of each: the in-process side of the whole-process measurement.
/// </summary>
internal static class FileReplay
{
    public static Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var path = a.Text("trace") ?? "long.jsonl";
        var rounds = (int)a.Number("rounds", 3);
        a.CheckAllKnown();
        for (var i = 0; i < rounds; i++)
        {
            long lines = 0;
            Measure($"round {i + 1}: read   ", () =>
            {
                using var file = File.OpenRead(path);
                foreach (var _ in TraceStream.Open(file).Records()) lines++;
                return lines;
            });
            Measure($"round {i + 1}: replay ", () =>
            {
                using var file = File.OpenRead(path);
                HourSession.ReplayFile(file);
                return lines;
            });
        }
        return Task.FromResult(0);
    }

    private static void Measure(string label, Func<long> run)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var records = run();
        var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"{label} {records} records  {ms,9:0} ms CPU  {records / ms * 1000,10:0} records/s  {allocated / (double)records,7:0.0} B/record  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
    }
}
