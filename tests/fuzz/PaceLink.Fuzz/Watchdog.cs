using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaceLink.Fuzz;

/// <summary>
/// Catches hangs: every worker stamps when it starts an input; a monitor thread reports any
/// input that has run longer than the limit, prints it, and ends the process with code 3.
/// Also keeps the slowest input seen, for the record in docs/reliability.md.
/// </summary>
public sealed class Watchdog : IDisposable
{
    private readonly ConcurrentDictionary<int, (long Started, byte[] Input)> _running = new();
    private readonly TimeSpan _limit;
    private readonly Thread _monitor;
    private readonly ManualResetEventSlim _stopped = new();
    private long _slowestTicks;

    public Watchdog(string target, TimeSpan limit)
    {
        _limit = limit;
        _monitor = new Thread(() => Monitor(target)) { IsBackground = true, Name = "fuzz watchdog" };
        _monitor.Start();
    }

    public TimeSpan Slowest => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _slowestTicks));

    public void Run(byte[] input, Action<byte[]> body)
    {
        var id = Environment.CurrentManagedThreadId;
        var started = Stopwatch.GetTimestamp();
        _running[id] = (started, input);
        try
        {
            body(input);
        }
        finally
        {
            _running.TryRemove(id, out _);
            var took = Stopwatch.GetTimestamp() - started;
            long seen;
            while (took > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, took, seen) != seen) { }
        }
    }

    public void Dispose() => _stopped.Set();

    private void Monitor(string target)
    {
        // A coarse poll is enough: the limit is seconds, and this thread only watches.
        while (!_stopped.Wait(TimeSpan.FromMilliseconds(500)))
        {
            foreach (var (_, (started, input)) in _running)
            {
                if (Stopwatch.GetElapsedTime(started) < _limit) continue;
                Console.Error.WriteLine($"HANG in {target}: one input ran longer than {_limit.TotalSeconds:0} s: {Convert.ToHexStringLower(input)}");
                Environment.Exit(3);
            }
        }
    }
}
