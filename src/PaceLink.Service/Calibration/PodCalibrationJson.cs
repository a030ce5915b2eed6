using System.Text.Json.Serialization;

namespace PaceLink.Service.Calibration;

/// <summary>calibration.json as stored: the pods' factors and whether sessions may refine them.</summary>
internal sealed record StoredCalibration(IReadOnlyList<PodCalibrationEntry> Pods, bool AutoRefine);

/// <summary>Serialisation code for calibration.json, generated at compile time (no reflection, so it works in the native build).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredCalibration))]
internal sealed partial class PodCalibrationJson : JsonSerializerContext;
