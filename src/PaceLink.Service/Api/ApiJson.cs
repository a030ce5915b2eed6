using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaceLink.Service.Api;

/// <summary>
/// Serialisation code for every body the API reads or writes, generated at compile time: the
/// native build has no runtime code generation, and reflection over trimmed types would write
/// <c>{}</c>. Web defaults (names read case-insensitively, numbers also from strings) with
/// snake_case names; nulls are written, because the dashboard checks for null explicitly.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SnapshotBody))]
[JsonSerializable(typeof(RepBody[]))]
[JsonSerializable(typeof(StatusBody))]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(StartBody))]
internal sealed partial class ApiJson : JsonSerializerContext;
