using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

/// <summary>
/// Every characteristic, every flag set, cut at every length: each proper prefix is rejected with a
/// reason (never an exception) and the whole payload is accepted.
/// </summary>
public class TruncationTests
{
    /// <summary>One complete payload per characteristic in which the last byte belongs to a required field.</summary>
    public static readonly (ushort Characteristic, byte[] Payload)[] Complete =
    [
        (GattIds.HeartRateMeasurement, [0x1F /* u16, contact, energy, RR */, 0x48, 0x00, 0x10, 0x00, 0x00, 0x04]),
        (GattIds.RscMeasurement, [0x07 /* stride, distance, running */, 0x00, 0x04, 0xB4, 0x8C, 0x00, 0x39, 0x30, 0x00, 0x00]),
        (GattIds.RscFeature, [0x1F, 0x00]),
        (GattIds.ScControlPoint, [0x10, 0x04, 0x01, 0x01]),
        (GattIds.BodySensorLocation, [0x01]),
        (GattIds.SensorLocation, [0x02]),
        (GattIds.BatteryLevel, [0x64]),
        (GattIds.HeartRateControlPoint, [0x01]),
        (GattIds.CyclingPowerMeasurement, CyclingPowerMeasurementTests.EveryField),
        (GattIds.TreadmillData, TreadmillDataTests.EveryField),
    ];

    public static TheoryData<string, int> Prefixes()
    {
        var data = new TheoryData<string, int>();
        foreach (var (ch, payload) in Complete)
            for (var length = 0; length < payload.Length; length++)
                data.Add(GattIds.ToHex(ch), length);
        return data;
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void EveryProperPrefixIsRejectedWithAReason(string characteristic, int length)
    {
        GattIds.TryParse(characteristic, out var ch);
        var payload = Complete.Single(c => c.Characteristic == ch).Payload;

        Assert.False(GattDecoders.TryDecode(ch, payload.AsMemory(0, length), out var fields, out var error));

        Assert.Null(fields);
        Assert.Equal(ch, error.Characteristic);
        Assert.Equal(length, error.Have);
        Assert.True(error.Need > length, $"needs {error.Need} bytes");
        Assert.Contains(error.Kind, new[] { GattErrorKind.TooShort, GattErrorKind.FlaggedFieldTruncated, GattErrorKind.WrongLength });
    }

    [Fact]
    public void EveryCompletePayloadIsAccepted()
    {
        foreach (var (ch, payload) in Complete)
            Assert.True(GattDecoders.TryDecode(ch, payload, out _, out var error), error.Describe());
    }

    [Fact]
    public void EveryDecodableCharacteristicIsCoveredHere()
    {
        Assert.Equal(GattDecoders.Characteristics.Order(), Complete.Select(c => c.Characteristic).Order());
    }
}
