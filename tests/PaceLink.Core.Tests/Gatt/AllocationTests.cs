using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

/// <summary>Decoding runs for every notification of a session: the valid path must not allocate.</summary>
public class AllocationTests
{
    private static readonly byte[] Hr = [0x16, 0x8C, 0x00, 0x04, 0x00, 0x02, 0x00, 0x03];
    private static readonly byte[] Rsc = [0x07, 0x00, 0x04, 0xB4, 0x8C, 0x00, 0x39, 0x30, 0x00, 0x00];
    private static readonly byte[] Sc = [0x10, 0x04, 0x01, 0x01, 0x02];

    /// <summary>Decodes one payload of each kind; returns how many were valid, plus the RR count as a use of the view.</summary>
    private static int DecodeAll()
    {
        var valid = 0;
        if (HeartRateMeasurement.TryParse(Hr, out var hr)) valid++;
        foreach (var rr in hr.RrIntervals) if (rr > 0) valid++;
        if (RscMeasurement.TryParse(Rsc, out _)) valid++;
        if (CyclingPowerMeasurement.TryParse(CyclingPowerMeasurementTests.EveryField, out _)) valid++;
        if (TreadmillData.TryParse(TreadmillDataTests.EveryField, out _)) valid++;
        if (ScControlPointResponse.TryParse(Sc, out var sc)) valid += sc.SupportedLocationCount;
        if (BatteryLevel.TryParse(Sc.AsSpan(2, 1), out _)) valid++;
        if (RscFeature.TryParse(Rsc, out _)) valid++;
        return valid;
    }

    [Fact]
    public void DecodingValidPayloadsAllocatesNothing()
    {
        Assert.Equal(11, DecodeAll()); // 6 valid payloads + 3 RR intervals + 2 supported locations
        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = 0;
        for (var i = 0; i < 10_000; i++) valid += DecodeAll();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(11 * 10_000, valid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void RejectingAPayloadAllocatesNothingEither()
    {
        var truncated = Rsc.AsMemory(0, 7);
        RscMeasurement.TryParse(truncated.Span, out _, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var rejected = 0;
        for (var i = 0; i < 10_000; i++)
            if (!RscMeasurement.TryParse(truncated.Span, out _, out var error) && error.Need == 10) rejected++;
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(10_000, rejected);
    }
}
