using CsCheck;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

/// <summary>
/// Encode-then-decode is the identity over the whole field space. Values are generated from raw
/// wire integers (scaled by each field's resolution), so every representable value can appear.
/// </summary>
public class RoundTripProperties
{
    private static readonly Gen<SensorContact> Contacts = Gen.OneOf(SensorContact.NotSupported, SensorContact.NotDetected, SensorContact.Detected);

    private static readonly Gen<HeartRateMeasurement> HeartRates =
        from wide in Gen.Bool
        from bpm in wide ? Gen.Int[0, ushort.MaxValue] : Gen.Int[0, byte.MaxValue]
        from contact in Contacts
        from energy in Gen.Int[0, ushort.MaxValue].Nullable(0.3)
        from rr in Gen.UShort.Array[0, 12]
        select new HeartRateMeasurement(bpm, contact, energy, RrIntervals.FromSeconds(rr.Select(r => r / 1024.0).ToArray()), wide);

    private static readonly Gen<RscMeasurement> RunningSpeeds =
        from speed in Gen.UShort
        from cadence in Gen.Byte
        from stride in Gen.UShort.Nullable(0.3)
        from distance in Gen.UInt.Nullable(0.3)
        from running in Gen.Bool
        select new RscMeasurement(speed / 256.0, cadence, stride / 100.0, distance / 10.0, running);

    [Fact]
    public void HeartRateMeasurementSurvivesEncodeThenDecode() =>
        HeartRates.Sample(m =>
        {
            Assert.True(HeartRateMeasurement.TryParse(m.ToArray(), out var back, out var error), error.Describe());
            Assert.Equal(m, back);
        }, iter: 5_000);

    [Fact]
    public void RscMeasurementSurvivesEncodeThenDecode() =>
        RunningSpeeds.Sample(m =>
        {
            Assert.True(RscMeasurement.TryParse(m.ToArray(), out var back, out var error), error.Describe());
            Assert.Equal(m, back);
        }, iter: 5_000);

    [Fact]
    public void CyclingPowerMeasurementSurvivesEncodeThenDecode() =>
        CyclingPowerGen.Values.Sample(m =>
        {
            Assert.True(CyclingPowerMeasurement.TryParse(m.ToArray(), out var back, out var error), error.Describe());
            Assert.Equal(m, back);
        }, iter: 5_000);

    [Fact]
    public void TreadmillDataSurvivesEncodeThenDecode() =>
        TreadmillGen.Values.Sample(t =>
        {
            Assert.True(TreadmillData.TryParse(t.ToArray(), out var back, out var error), error.Describe());
            Assert.Equal(t, back);
        }, iter: 5_000);

    [Fact]
    public void EveryProperPrefixOfAnEncodedPayloadIsRejected() =>
        Gen.Select(RunningSpeeds, CyclingPowerGen.Values, TreadmillGen.Values).Sample((rsc, power, treadmill) =>
        {
            var rscBytes = rsc.ToArray();
            var powerBytes = power.ToArray();
            var treadmillBytes = treadmill.ToArray();
            for (var n = 0; n < rscBytes.Length; n++) Assert.False(RscMeasurement.TryParse(rscBytes.AsSpan(0, n), out _));
            for (var n = 0; n < powerBytes.Length; n++) Assert.False(CyclingPowerMeasurement.TryParse(powerBytes.AsSpan(0, n), out _));
            // Treadmill data with no field at all is just the two flag bytes, and valid.
            for (var n = 0; n < treadmillBytes.Length; n++) Assert.Equal(n == 2 && treadmillBytes.Length == 2, TreadmillData.TryParse(treadmillBytes.AsSpan(0, n), out _));
        }, iter: 1_000);

    [Fact]
    public void HeartRatePrefixesAreValidExactlyWhenTheyHoldTheFlaggedFields() =>
        HeartRates.Sample(m =>
        {
            var bytes = m.ToArray();
            var mandatory = 1 + (m.SixteenBitValue ? 2 : 1) + (m.EnergyExpendedKilojoules is null ? 0 : 2) + (m.RrIntervals.Count > 0 ? 2 : 0);
            for (var n = 0; n <= bytes.Length; n++) Assert.Equal(n >= mandatory, HeartRateMeasurement.TryParse(bytes.AsMemory(0, n), out _));
        }, iter: 1_000);
}
