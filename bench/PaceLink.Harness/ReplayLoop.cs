using System.Diagnostics;
using PaceLink.Benchmarks;

namespace PaceLink.Harness;

/// <summary>
/// Replays the simulated hour in a loop and prints time and allocation per hour and per
/// notification: a quick check between benchmark runs, and the workload to run under a profiler.
/// </summary>
internal static class ReplayLoop
{
    public static Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var rounds = (int)a.Number("rounds", 20);
        a.CheckAllKnown();
        var hour = HourSession.Generate();
        var notifications = hour.Records.Count;
        var events = HourSession.Replay(hour).Events.Count; // warm-up (JIT)
        Console.WriteLine($"hour: {notifications} notifications, {events} events; {rounds} rounds");
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            HourSession.Replay(hour);
            var wall = clock.Elapsed.TotalMilliseconds;
            // CPU time, not wall time: on a busy machine the wall clock also counts other processes' work.
            var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            times.Add(ms);
            Console.WriteLine($"round {i + 1,3}: {wall,8:0.00} ms wall  {ms,8:0.00} ms CPU/hour  {ms * 1e6 / notifications,8:0} ns/notification  {notifications / ms * 1000,10:0} notifications/s  {allocated / (double)notifications,7:0} B/notification");
        }
        times.Sort();
        Console.WriteLine($"median {times[times.Count / 2]:0.00} ms CPU per hour, best {times[0]:0.00} ms");
        return Task.FromResult(0);
    }
}
