using PaceLink.Core.Coaching;
using PaceLink.Service.Sessions;

namespace PaceLink.Harness;

/// <summary>
/// Live footprint: this process runs one live session in real time with the simulated foot pod
/// and strap both at 4 Hz (in process: no D-Bus), recording its trace, and reads its own
/// resident memory and CPU time from /proc after a warm-up and at the end.
/// `--pid N` instead samples another process (e.g. `pacelink serve`) over the same window.
/// </summary>
internal static class Footprint
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var seconds = a.Number("seconds", 120);
        var warmup = a.Number("warmup", 20);
        var hz = a.Number("hz", 4);
        var pid = (int)a.Number("pid", 0);
        a.CheckAllKnown();
        if (pid != 0) return await Sample(pid, warmup, seconds);

        var counter = new CountingSink();
        await using var rig = new LiveRig(clock => LiveRig.Simulated(clock, hz), LiveRig.ShortWarmup(), [counter]);
        var code = await Sample(Environment.ProcessId, warmup, seconds);
        Console.WriteLine($"live session: {rig.Session.Elapsed.TotalSeconds:0} s of session time, {counter.Snapshots} snapshots, {counter.Events} events");
        return code;
    }

    private static async Task<int> Sample(int pid, double warmup, double seconds)
    {
        await Task.Delay(TimeSpan.FromSeconds(warmup));
        var from = ProcessFootprint.Of(pid);
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var to = ProcessFootprint.Of(pid);
        Console.WriteLine($"pid {pid}: RSS {to.RssKb / 1024.0:0.0} MB (peak {to.PeakRssKb / 1024.0:0.0} MB), CPU {ProcessFootprint.CpuPercent(from, to):0.000} % of one core over {seconds:0} s ({(to.Cpu - from.Cpu).TotalMilliseconds:0} ms CPU) after {warmup:0} s warm-up");
        return 0;
    }

    private sealed class CountingSink : ICoachingSink
    {
        public string Name => "counter";
        public long Events;
        public long Snapshots;
        public void OnEvent(CoachingEvent cue) => Events++;
        public void OnSnapshot(Core.Engine.CoachingSnapshot snapshot) => Snapshots++;
    }
}
