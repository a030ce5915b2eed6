using System.Diagnostics;
using System.Globalization;
using CsCheck;
using PaceLink.Fuzz;

// pacelink-fuzz [TARGET...] [--inputs N] [--threads N] [--seed N] [--corpus DIR] [--results FILE]
// Runs each target (default: all) for N inputs and prints one result row per target.
var targets = new List<string>();
long inputs = 10_000_000;
var threads = Environment.ProcessorCount;
var corpus = FuzzCorpus.Find(AppContext.BaseDirectory) ?? FuzzCorpus.Find(Environment.CurrentDirectory);
string? results = null;
string? seed = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--inputs": inputs = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--corpus": corpus = args[++i]; break;
        case "--results": results = args[++i]; break;
        case "--seed": seed = args[++i]; break;
        case "--run":
            // Reproduce one input: --run TARGET HEX
            FuzzTargets.Run(args[i + 1], Convert.FromHexString(args[i + 2]));
            Console.WriteLine("no failure");
            return 0;
        case "--list": Console.WriteLine(string.Join('\n', FuzzTargets.Names)); return 0;
        default: targets.Add(args[i]); break;
    }
}
if (targets.Count == 0) targets.AddRange(FuzzTargets.Names);
var unknown = targets.Except(FuzzTargets.Names).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown target(s): {string.Join(", ", unknown)}; --list shows them");
    return 2;
}
var failed = false;
foreach (var target in targets)
{
    var seeds = corpus is null ? [] : FuzzCorpus.Load(corpus, target);
    // Every corpus input first: those are the ones that once mattered.
    foreach (var s in seeds) FuzzTargets.Run(target, s);
    long done = 0;
    string finding = "none";
    var clock = Stopwatch.StartNew();
    using (var watchdog = new Watchdog(target, TimeSpan.FromSeconds(10)))
    {
        try
        {
            FuzzInputs.For(target, seeds).Sample(input =>
            {
                Interlocked.Increment(ref done);
                watchdog.Run(input, b => FuzzTargets.Run(target, b));
            }, seed: seed, iter: inputs, threads: threads, print: b => Convert.ToHexStringLower(b));
        }
        catch (Exception e)
        {
            failed = true;
            finding = (e.InnerException ?? e).GetType().Name + ": " + (e.InnerException ?? e).Message.Split('\n')[0];
            Console.Error.WriteLine($"{target}: {e.Message}");
        }
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {target} | {done:N0} | {clock.Elapsed.TotalSeconds:0} s | {done / clock.Elapsed.TotalSeconds:N0}/s | {watchdog.Slowest.TotalMilliseconds:0.#} ms | {seeds.Count} | {finding} |");
        Console.WriteLine(row);
        if (results is not null) File.AppendAllText(results, row + "\n");
    }
}
return failed ? 1 : 0;
