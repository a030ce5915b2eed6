using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PaceLink.Service.Api;

/// <summary>The API's error body: <c>{"error":"one sentence"}</c>. Never a stack trace.</summary>
internal sealed record ApiError(string Error)
{
    public static JsonHttpResult<ApiError> Status(int status, string message) =>
        TypedResults.Json(new ApiError(message), ApiJson.Default.ApiError, statusCode: status);

    public static JsonHttpResult<ApiError> BadRequest(string message) => Status(StatusCodes.Status400BadRequest, message);

    public static JsonHttpResult<ApiError> Conflict(string message) => Status(StatusCodes.Status409Conflict, message);

    /// <summary>Writes an error straight to the response, for middleware that runs outside endpoints.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ApiError(message), ApiJson.Default.ApiError);
    }
}
