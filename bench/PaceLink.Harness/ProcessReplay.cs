using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace PaceLink.Harness;

/// <summary>
/// The whole-process measurement of a published CLI on long traces: generates the traces (the
/// simulated hour repeated, as <c>trace</c> writes them) and a long workout file, then runs
/// <c>pacelink replay TRACE --workout long.yaml --json</c> (or <c>review</c>, <c>trace check</c>) under
/// <c>/usr/bin/time</c> for each size, round after round, and prints wall and CPU time, peak RSS,
/// the load average and the rate with the start-up (the 10-notification run) subtracted. With
/// <c>--baseline</c> a second build runs beside it, interleaved, and the outputs are compared.
/// </summary>
internal static class ProcessReplay
{
    private const string LongWorkout = """
        name: long
        target_pace: "4:00"
        steps:
          - phase: warmup
            time: 60m
          - repeat: 100
            steps:
              - phase: rep
                distance: 3km
              - phase: rest
                time: 20m
          - phase: cooldown
            time: 60m
        """;

    public static Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var cli = a.Text("cli") ?? throw new ArgumentException("--cli PATH: the published pacelink to measure");
        var baseline = a.Text("baseline");
        var dir = a.Text("dir") ?? Path.Combine(Path.GetTempPath(), "pacelink-replay");
        var rounds = (int)a.Number("rounds", 2);
        var verb = a.Text("verb") ?? "replay";
        var sizes = (a.Text("sizes") ?? "10,100000,300000,1000000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        a.CheckAllKnown();
        if (!File.Exists("/usr/bin/time")) throw new InvalidOperationException("/usr/bin/time is needed for the peak RSS (apt-get install time)");
        if (!sizes.Contains(10)) sizes = [10, .. sizes];

        Directory.CreateDirectory(dir);
        var workout = Path.Combine(dir, "long.yaml");
        File.WriteAllText(workout, LongWorkout + "\n");
        foreach (var n in sizes)
        {
            var path = TracePath(dir, n);
            if (!File.Exists(path)) Console.WriteLine($"{path}: {LongTrace.Write(path, n)} notifications written");
        }

        var builds = baseline is null ? new[] { ("new", cli) } : [("baseline", baseline), ("new", cli)];
        var runs = new List<Run>();
        Console.WriteLine($"{"build",-9} {"notifications",13} {"wall s",7} {"CPU s",6} {"peak MB",8}  load (1 5 15 min)  output");
        for (var round = 1; round <= rounds; round++)
            foreach (var n in sizes)
                foreach (var (name, binary) in builds)
                {
                    var run = Measure(name, binary, Arguments(verb, TracePath(dir, n), workout), n, dir);
                    runs.Add(run);
                    Console.WriteLine($"{name,-9} {n,13:N0} {run.WallSeconds,7:0.00} {run.CpuSeconds,6:0.00} {run.PeakKb / 1024.0,8:0.0}  {run.Load,-17}  {run.Output[..12]} (exit {run.ExitCode})");
                }

        Console.WriteLine();
        Console.WriteLine($"{verb}, best of {rounds} rounds; start-up = the 10-notification run's CPU, subtracted for the rate");
        foreach (var (name, _) in builds)
        {
            var mine = runs.Where(r => r.Build == name).ToList();
            var startup = mine.Where(r => r.Notifications == 10).Min(r => r.CpuSeconds);
            foreach (var n in sizes)
            {
                var of = mine.Where(r => r.Notifications == n).ToList();
                var cpu = of.Min(r => r.CpuSeconds);
                var rate = n > 10 && cpu > startup ? $"{n / (cpu - startup) / 1000,7:0} k/s" : "      —    ";
                Console.WriteLine($"{name,-9} {n,13:N0}  CPU {cpu,6:0.00} s  peak {of.Min(r => r.PeakKb) / 1024.0,6:0.0}-{of.Max(r => r.PeakKb) / 1024.0,6:0.0} MB  {rate}");
            }
        }
        if (baseline is not null)
            foreach (var n in sizes)
            {
                var same = runs.Where(r => r.Notifications == n).Select(r => (r.Output, r.ExitCode)).Distinct().Count() == 1;
                Console.WriteLine($"output of {n:N0}: {(same ? "identical in every run of both builds" : "DIFFERS between runs or builds")}");
            }
        return Task.FromResult(0);
    }

    private static string TracePath(string dir, long n) => Path.Combine(dir, $"t{n}.jsonl");

    private static string[] Arguments(string verb, string trace, string workout) => verb switch
    {
        "replay" => ["replay", trace, "--workout", workout, "--json"],
        "review" => ["review", trace, "--workout", workout, "--json", "--no-index"],
        "check" => ["trace", "check", trace],
        _ => throw new ArgumentException($"--verb {verb}: replay, review or check"),
    };

    private sealed record Run(string Build, long Notifications, double WallSeconds, double CpuSeconds, long PeakKb, string Load, string Output, int ExitCode);

    private static Run Measure(string build, string binary, string[] arguments, long notifications, string dir)
    {
        var load = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        var times = Path.Combine(dir, "time.txt");
        var output = Path.Combine(dir, "out.txt");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-f", "%e %U %S %M", "-o", times, binary, .. arguments]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        using (var file = File.Create(output))
        {
            var copy = process.StandardOutput.BaseStream.CopyToAsync(file);
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            copy.Wait();
        }
        // The last line: /usr/bin/time puts "Command exited with non-zero status" before it.
        var f = File.ReadAllLines(times)[^1].Split(' ');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        using var hashed = File.OpenRead(output);
        return new Run(build, notifications, D(0), D(1) + D(2), long.Parse(f[3], CultureInfo.InvariantCulture), load,
            Convert.ToHexString(SHA256.HashData(hashed)), process.ExitCode);
    }
}
