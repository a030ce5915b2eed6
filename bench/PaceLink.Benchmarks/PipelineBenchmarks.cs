using BenchmarkDotNet.Attributes;
using PaceLink.Core.Recording;

namespace PaceLink.Benchmarks;

/// <summary>
/// The whole replay pipeline (trace records scheduled on a HistoricalScheduler, decode, estimators,
/// engine, coaching events) over the simulated one-hour session: 18,000 notifications
/// (foot pod 4 Hz + strap 1 Hz). One benchmark reports the hour, the other the same work per notification.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private TraceContents _hour = null!;

    [GlobalSetup]
    public void MakeTheHour()
    {
        _hour = HourSession.Generate();
        var notifications = _hour.Records.Count;
        if (notifications != HourSession.Notifications)
            throw new InvalidOperationException($"the simulated hour has {notifications} notifications, expected {HourSession.Notifications}");
        var events = HourSession.Replay(_hour).Events.Count;
        if (events == 0) throw new InvalidOperationException("the hour produced no coaching events: the workload is wrong");
        Console.WriteLine($"// one hour: {notifications} notifications -> {events} coaching events");
    }

    [Benchmark(Description = "one hour, pod 4 Hz + strap 1 Hz, end to end")]
    public int ReplayOneHour() => HourSession.Replay(_hour).Events.Count;

    [Benchmark(OperationsPerInvoke = HourSession.Notifications, Description = "per notification (same hour)")]
    public int ReplayPerNotification() => HourSession.Replay(_hour).Events.Count;
}
