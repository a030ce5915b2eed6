using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/PaceLink.Benchmarks -- --filter '*'` runs everything;
// see docs/performance.md for the exact commands and the figures.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
