using BenchmarkDotNet.Attributes;
using PaceLink.Core.Gatt;

namespace PaceLink.Benchmarks;

/// <summary>
/// One decode per operation (each invocation decodes <see cref="Batch"/> payloads so the loop
/// overhead of the harness does not dominate a few-nanosecond call). Payloads/s = 1e9 / Mean(ns).
/// </summary>
[MemoryDiagnoser]
public class DecoderBenchmarks
{
    private const int Batch = 1024;

    // Foot pod, every field: flags (stride, distance, running), speed 4.0 m/s, cadence 180, stride 1.33 m, total 1234.5 m.
    private static readonly byte[] RscFull = [0x07, 0x00, 0x04, 0xB4, 0x85, 0x00, 0x39, 0x30, 0x00, 0x00];
    // Foot pod, speed and cadence only.
    private static readonly byte[] RscMinimal = [0x04, 0x00, 0x04, 0xB4];
    // Strap: 8-bit 152 bpm, contact detected, two RR intervals.
    private static readonly byte[] HeartRateWithRr = [0x16, 0x98, 0x94, 0x01, 0x90, 0x01];
    // Strap: 8-bit 152 bpm only.
    private static readonly byte[] HeartRatePlain = [0x00, 0x98];
    // Battery 87 %.
    private static readonly byte[] Battery = [0x57];

    private readonly ReadOnlyMemory<byte> _hrWithRr = HeartRateWithRr;
    private readonly ReadOnlyMemory<byte> _hrPlain = HeartRatePlain;

    [Benchmark(OperationsPerInvoke = Batch, Description = "0x2A53 RSC, all fields")]
    public double Rsc()
    {
        double sum = 0;
        for (var i = 0; i < Batch; i++)
            if (RscMeasurement.TryParse(RscFull, out var m)) sum += m.SpeedMetresPerSecond + (m.TotalDistanceMetres ?? 0);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "0x2A53 RSC, speed+cadence")]
    public double RscSpeedOnly()
    {
        double sum = 0;
        for (var i = 0; i < Batch; i++)
            if (RscMeasurement.TryParse(RscMinimal, out var m)) sum += m.SpeedMetresPerSecond;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "0x2A37 HR, contact+2 RR")]
    public int HeartRate()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
            if (HeartRateMeasurement.TryParse(_hrWithRr, out var m)) sum += m.BeatsPerMinute + m.RrIntervals.Count;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "0x2A37 HR, 8-bit only")]
    public int HeartRateOnly()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
            if (HeartRateMeasurement.TryParse(_hrPlain, out var m)) sum += m.BeatsPerMinute;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "0x2A19 battery")]
    public int BatteryLevelDecode()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
            if (BatteryLevel.TryParse(Battery, out var b)) sum += b.GetHashCode();
        return sum;
    }
}
