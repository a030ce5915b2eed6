using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Api;

/// <summary>The HTTP API (see docs/service.md): status, session control, live events, rep table, dashboard.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapPaceLinkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/status", (SessionManager m) => TypedResults.Json(LiveJson.StatusBody(m.Board), ApiJson.Default.StatusBody));
        api.MapGet("/reps", (SessionManager m) => TypedResults.Json(LiveJson.RepsBody(m.Board.Reps), ApiJson.Default.RepBodyArray));
        api.MapPost("/session/start", StartAsync);
        api.MapPost("/lap", (SessionManager m) => Command(m, CoachCommand.Lap));
        api.MapPost("/pause", (SessionManager m) => Command(m, CoachCommand.Pause));
        api.MapPost("/resume", (SessionManager m) => Command(m, CoachCommand.Resume));
        api.MapPost("/stop", StopAsync);
        api.MapGet("/events", (HttpContext context, EventStream stream, SessionManager m, LiveJson json, IHostApplicationLifetime lifetime) =>
            stream.ServeAsync(context, First(m.Board, json), lifetime.ApplicationStopping));
        app.MapGet("/", Dashboard.Serve);
        return app;
    }

    private static async Task<IResult> StartAsync(HttpRequest request, SessionManager manager, PaceLinkOptions options, CancellationToken ct)
    {
        var (body, status, error) = await JsonBody.ReadAsync(request, options.Api.MaxBodyBytes, ApiJson.Default.StartBody, ct);
        if (body is null) return ApiError.Status(status, error ?? "the body is not valid");
        if (body.Athletes is not null) return ApiError.BadRequest("athletes is for a group start: POST /api/athletes/start (pacelink start --all)");
        var sessionRequest = body.ToRequest(options, out var invalid);
        if (sessionRequest is null) return ApiError.BadRequest(invalid);
        try
        {
            await manager.StartAsync(sessionRequest, ct);
        }
        catch (SessionRequestException e)
        {
            return e.Conflict ? ApiError.Conflict(e.Message) : ApiError.BadRequest(e.Message);
        }
        catch (TraceUnavailableException e)
        {
            return ApiError.Status(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
        return TypedResults.Json(LiveJson.StatusBody(manager.Board), ApiJson.Default.StatusBody, statusCode: StatusCodes.Status201Created);
    }

    // The board learns of a pause from the engine's next snapshot; the manager knows at once, so
    // the answer carries the state the command led to rather than the one before it.
    private static IResult Command(SessionManager manager, CoachCommand command) =>
        manager.Send(command)
            ? TypedResults.Json(LiveJson.StatusBody(manager.Board) with { State = StateName(manager.State) }, ApiJson.Default.StatusBody)
            : ApiError.Conflict("no session is running; start one with `pacelink start`");

    internal static string StateName(SessionState state) => state switch
    {
        SessionState.Idle => "idle",
        SessionState.Running => "running",
        SessionState.Paused => "paused",
        _ => "finished",
    };

    private static async Task<IResult> StopAsync(SessionManager manager)
    {
        if (manager.State is not (SessionState.Running or SessionState.Paused))
            return ApiError.Conflict("no session is running; start one with `pacelink start`");
        await manager.StopAsync();
        return TypedResults.Json(LiveJson.StatusBody(manager.Board), ApiJson.Default.StatusBody);
    }

    /// <summary>A new dashboard first gets where things stand, then the live stream.</summary>
    private static List<FeedItem> First(LiveBoard board, LiveJson json)
    {
        var first = new List<FeedItem> { new("status", json.Status(board)), new("reps", json.Reps(board.Reps)) };
        if (board.Latest is { } s) first.Add(new FeedItem("snapshot", json.Snapshot(s)));
        return first;
    }
}
