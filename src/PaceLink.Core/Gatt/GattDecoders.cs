using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace PaceLink.Core.Gatt;

/// <summary>Decodes one payload into JSON-ready fields, or says why it is invalid.</summary>
public delegate bool GattDecoder(ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out JsonObject? fields, out GattError error);

/// <summary>
/// Every characteristic PaceLink can decode, by 16-bit id. The `decode` command and the trace
/// checker both go through here, so a payload reads the same everywhere.
/// </summary>
public static class GattDecoders
{
    private delegate bool SpanParser<T>(ReadOnlySpan<byte> payload, out T value, out GattError error);
    private delegate bool MemoryParser<T>(ReadOnlyMemory<byte> payload, out T value, out GattError error);

    private static readonly FrozenDictionary<ushort, (string Name, GattDecoder Decode)> Table = new Dictionary<ushort, (string, GattDecoder)>
    {
        [GattIds.HeartRateMeasurement] = ("Heart Rate Measurement", FromMemory<HeartRateMeasurement>(HeartRateMeasurement.TryParse, GattJson.From)),
        [GattIds.BodySensorLocation] = ("Body Sensor Location", FromSpan<BodySensorLocation>(BodySensorLocation.TryParse, GattJson.From)),
        [GattIds.HeartRateControlPoint] = ("Heart Rate Control Point", FromSpan<HeartRateControlPoint>(HeartRateControlPoint.TryParse, GattJson.From)),
        [GattIds.RscMeasurement] = ("RSC Measurement", FromSpan<RscMeasurement>(RscMeasurement.TryParse, GattJson.From)),
        [GattIds.RscFeature] = ("RSC Feature", FromSpan<RscFeature>(RscFeature.TryParse, GattJson.From)),
        [GattIds.ScControlPoint] = ("SC Control Point", FromMemory<ScControlPointResponse>(ScControlPointResponse.TryParse, GattJson.From)),
        [GattIds.SensorLocation] = ("Sensor Location", FromSpan<SensorLocation>(SensorLocation.TryParse, GattJson.From)),
        [GattIds.BatteryLevel] = ("Battery Level", FromSpan<BatteryLevel>(BatteryLevel.TryParse, GattJson.From)),
        [GattIds.CyclingPowerMeasurement] = ("Cycling Power Measurement", FromSpan<CyclingPowerMeasurement>(CyclingPowerMeasurement.TryParse, GattJson.From)),
        [GattIds.TreadmillData] = ("Treadmill Data", FromSpan<TreadmillData>(TreadmillData.TryParse, GattJson.From)),
    }.ToFrozenDictionary();

    /// <summary>The ids that have a decoder, in ascending order.</summary>
    public static IReadOnlyList<ushort> Characteristics { get; } = [.. Table.Keys.Order()];

    /// <summary>The SIG name of a characteristic ("RSC Measurement"), or null when it has no decoder.</summary>
    public static string? NameOf(ushort characteristic) => Table.TryGetValue(characteristic, out var e) ? e.Name : null;

    public static bool TryGet(ushort characteristic, [NotNullWhen(true)] out GattDecoder? decoder)
    {
        decoder = Table.TryGetValue(characteristic, out var e) ? e.Decode : null;
        return decoder is not null;
    }

    /// <summary>Decodes <paramref name="payload"/>; an unknown characteristic is an error like any other.</summary>
    public static bool TryDecode(ushort characteristic, ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out JsonObject? fields, out GattError error)
    {
        if (TryGet(characteristic, out var decode)) return decode(payload, out fields, out error);
        fields = null;
        error = GattError.Unknown(characteristic);
        return false;
    }

    private static GattDecoder FromSpan<T>(SpanParser<T> parse, Func<T, JsonObject> toJson) =>
        (ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out JsonObject? fields, out GattError error) =>
        {
            fields = parse(payload.Span, out var value, out error) ? toJson(value) : null;
            return fields is not null;
        };

    private static GattDecoder FromMemory<T>(MemoryParser<T> parse, Func<T, JsonObject> toJson) =>
        (ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out JsonObject? fields, out GattError error) =>
        {
            fields = parse(payload, out var value, out error) ? toJson(value) : null;
            return fields is not null;
        };
}
