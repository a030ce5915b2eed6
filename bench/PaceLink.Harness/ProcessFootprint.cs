using System.Diagnostics;

namespace PaceLink.Harness;

/// <summary>Resident memory and CPU time of a process, read from /proc (what `ps` and `top` show).</summary>
internal readonly record struct ProcessFootprint(long RssKb, long PeakRssKb, TimeSpan Cpu, long At)
{
    public static ProcessFootprint Of(int pid)
    {
        long rss = 0, hwm = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kb(line);
        }
        // utime and stime are fields 14 and 15 of /proc/pid/stat, in clock ticks (100 per second on Linux).
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return new ProcessFootprint(rss, hwm, TimeSpan.FromSeconds(ticks / 100.0), Stopwatch.GetTimestamp());
    }

    /// <summary>CPU used between two readings as a percentage of one core.</summary>
    public static double CpuPercent(ProcessFootprint from, ProcessFootprint to) =>
        100 * (to.Cpu - from.Cpu).TotalSeconds / Stopwatch.GetElapsedTime(from.At, to.At).TotalSeconds;

    private static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
