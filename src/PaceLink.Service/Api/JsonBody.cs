using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace PaceLink.Service.Api;

/// <summary>Reads a JSON request body with a size limit and turns every failure into one sentence.</summary>
public static class JsonBody
{
    /// <summary>The value, or an error for a 400. An empty body yields a default instance.</summary>
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request, int maxBytes, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : new()
    {
        if (request.ContentLength > maxBytes) return (default, TooLarge(maxBytes));
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (default, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (new T(), null);
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (default, $"the body must be application/json, not {type.Split(';')[0].Trim()}");
        try
        {
            var value = JsonSerializer.Deserialize(buffer.ToArray(), typeInfo);
            return value is null ? (default, "the body must be a JSON object") : (value, null);
        }
        catch (JsonException e)
        {
            return (default, Describe(e));
        }
    }

    private static string TooLarge(int maxBytes) => $"the body is larger than {maxBytes} bytes";

    /// <summary>System.Text.Json's messages name .NET types; say it in JSON terms with the path instead.</summary>
    private static string Describe(JsonException e)
    {
        var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
            return $"unknown field{where}";
        if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
            return $"wrong type{where}";
        return $"the body is not valid JSON{where}";
    }
}
