using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaceLink.Service.Security;

namespace PaceLink.Service.Api;

/// <summary>Cross-cutting request handling: JSON errors instead of stack traces, the request guard and the token check.</summary>
public static class ApiMiddleware
{
    /// <summary>Unhandled exceptions become a logged 500 with a plain JSON message; 404/405 get JSON bodies too.</summary>
    public static WebApplication UsePaceLinkErrors(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PaceLink.Api");
            if (failure is BadHttpRequestException bad)
            {
                await ApiError.WriteAsync(context, bad.StatusCode, "the request could not be read: " + bad.Message);
                return;
            }
            log.LogError(failure, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await ApiError.WriteAsync(context, StatusCodes.Status500InternalServerError, "internal error; see the service log");
        }));
        app.UseStatusCodePages(async status =>
        {
            var response = status.HttpContext.Response;
            if (response.HasStarted || response.ContentLength > 0) return;
            var message = response.StatusCode switch
            {
                404 => $"no such endpoint: {status.HttpContext.Request.Path}",
                405 => $"{status.HttpContext.Request.Method} is not allowed here",
                _ => $"HTTP {response.StatusCode}",
            };
            await response.WriteAsJsonAsync(new ApiError(message), ApiJson.Default.ApiError);
        });
        return app;
    }

    /// <summary>The Host check (<see cref="RequestGuard"/>) for every request, the dashboard included.</summary>
    public static WebApplication UseHostCheck(this WebApplication app)
    {
        var guard = app.Services.GetRequiredService<RequestGuard>();
        return app.Refuse(guard.CheckHost);
    }

    /// <summary>The Origin and content-type checks (<see cref="RequestGuard"/>) for every POST.</summary>
    public static WebApplication UseStateChangeCheck(this WebApplication app)
    {
        var guard = app.Services.GetRequiredService<RequestGuard>();
        return app.Refuse(guard.CheckStateChange);
    }

    private static WebApplication Refuse(this WebApplication app, Func<HttpRequest, (int Status, string Message)?> check)
    {
        app.Use(async (context, next) =>
        {
            if (check(context.Request) is not { } refusal)
            {
                await next(context);
                return;
            }
            await ApiError.WriteAsync(context, refusal.Status, refusal.Message);
        });
        return app;
    }

    /// <summary>With a token configured, /api requests without it are answered 401 before reaching an endpoint.</summary>
    public static WebApplication UseTokenGate(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<TokenGate>();
        app.Use(async (context, next) =>
        {
            if (gate.Allows(context.Request))
            {
                await next(context);
                return;
            }
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ApiError.WriteAsync(context, StatusCodes.Status401Unauthorized,
                "this service needs its token: send Authorization: Bearer <token> (the token is in the service's config folder)");
        });
        return app;
    }
}
