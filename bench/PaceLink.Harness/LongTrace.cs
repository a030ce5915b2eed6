using PaceLink.Benchmarks;
using PaceLink.Core.Recording;

namespace PaceLink.Harness;

/// <summary>
/// Writes a long trace for whole-process replay measurements: the simulated hour repeated back to
/// back (each copy one hour later) until the trace holds the asked number of notifications. Too big
/// to commit; made on the spot by <c>trace --notifications 1000000 --out long.jsonl</c>.
/// </summary>
internal static class LongTrace
{
    public static Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var wanted = (long)a.Number("notifications", 1_000_000);
        var path = a.Text("out") ?? "long.jsonl";
        a.CheckAllKnown();
        var written = Write(path, wanted);
        Console.WriteLine($"{path}: {written} notifications, {(written / (double)HourSession.Notifications):0.0} h");
        return Task.FromResult(0);
    }

    /// <summary>Writes the trace to <paramref name="path"/>; returns the notifications written.</summary>
    public static long Write(string path, long wanted)
    {
        var hour = HourSession.Generate();
        using var file = File.Create(path);
        using var writer = new TraceWriter(file);
        writer.WriteHeader(hour.Header);
        long written = 0;
        for (var copy = 0; written < wanted; copy++)
        {
            var shift = HourSession.Length * copy;
            foreach (var record in hour.Records.OfType<NotifyRecord>())
            {
                if (written == wanted) break;
                writer.Write(record with { T = record.T + shift });
                written++;
            }
        }
        return written;
    }
}
