using PaceLink.Harness;

// pacelink-harness <measurement> [options]; docs/performance.md gives the exact commands.
var measurements = new Dictionary<string, Func<string[], Task<int>>>
{
    ["replay"] = ReplayLoop.RunAsync,
    ["footprint"] = Footprint.RunAsync,
    ["latency"] = Latency.RunAsync,
    ["accuracy"] = Accuracy.RunAsync,
    ["soak"] = Soak.RunAsync,
    ["trace"] = LongTrace.RunAsync,
    ["replay-file"] = FileReplay.RunAsync,
    ["replay-process"] = ProcessReplay.RunAsync,
};
if (args.Length == 0 || !measurements.TryGetValue(args[0], out var measure))
{
    Console.Error.WriteLine($"usage: pacelink-harness <{string.Join('|', measurements.Keys)}> [options]");
    return 2;
}
return await measure(args[1..]);
