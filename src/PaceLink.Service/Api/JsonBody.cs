using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace PaceLink.Service.Api;

/// <summary>Reads a JSON request body with a size limit and turns every failure into one sentence.</summary>
internal static class JsonBody
{
    /// <summary>The value, or an error sentence with its status (413 too large, else 400). An empty body yields a default instance.</summary>
    public static async Task<(T? Value, int Status, string? Error)> ReadAsync<T>(HttpRequest request, int maxBytes, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : new()
    {
        if (request.ContentLength > maxBytes) return TooLarge<T>(maxBytes);
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return TooLarge<T>(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        // The content type was checked by RequestGuard before the endpoint ran.
        if (buffer.Length == 0) return (new T(), StatusCodes.Status200OK, null);
        try
        {
            var value = JsonSerializer.Deserialize(buffer.ToArray(), typeInfo);
            return value is null ? (default, StatusCodes.Status400BadRequest, "the body must be a JSON object") : (value, StatusCodes.Status200OK, null);
        }
        catch (JsonException e)
        {
            return (default, StatusCodes.Status400BadRequest, Describe(e));
        }
    }

    private static (T? Value, int Status, string? Error) TooLarge<T>(int maxBytes) =>
        (default, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {maxBytes} bytes");

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
