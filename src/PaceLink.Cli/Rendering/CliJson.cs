using System.Text.Json.Serialization;

namespace PaceLink.Cli.Rendering;

/// <summary>
/// Serialisation code for the verbs' --json answers, generated at compile time so the native
/// build writes them without reflection. snake_case names, compact, nulls written.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HistoryJson))]
[JsonSerializable(typeof(CalibrationJson))]
internal sealed partial class CliJson : JsonSerializerContext;
