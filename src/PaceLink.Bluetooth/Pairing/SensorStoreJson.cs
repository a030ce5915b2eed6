using System.Text.Json;
using System.Text.Json.Serialization;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Pairing;

/// <summary>The paired-sensor file as stored: a list of sensors under "sensors".</summary>
internal sealed record StoredSensors(SensorInfo[] Sensors);

/// <summary>Sensor kinds are written "rsc", "hr", … as in the trace header.</summary>
internal sealed class CamelCaseSensorKind() : JsonStringEnumConverter<SensorKind>(JsonNamingPolicy.CamelCase);

/// <summary>
/// Serialisation code for sensors.json, generated at compile time so the file is read and written
/// without reflection (the native build has no runtime code generation).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseSensorKind)])]
[JsonSerializable(typeof(StoredSensors))]
internal sealed partial class SensorStoreJson : JsonSerializerContext;
