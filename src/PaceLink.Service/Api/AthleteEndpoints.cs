using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Coach;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Api;

/// <summary>
/// A group's API (docs/coach.md): the list of athletes, the coach board's stream, a group start,
/// and under /api/athletes/NAME/ each endpoint the single session has. The guards of every
/// request (Host, token, Origin and JSON for a POST) apply here as everywhere.
/// </summary>
public static class AthleteEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapAthletesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/athletes");
        api.MapGet("", (AthleteRoster roster, LiveJson json) => Text(AthleteList.Write(roster, json)));
        api.MapGet("/events", (HttpContext context, EventStream stream, AthleteRoster roster, IHostApplicationLifetime lifetime) =>
            stream.ServeAsync(context, roster.Feed, roster.First(), lifetime.ApplicationStopping));
        api.MapPost("/start", StartAllAsync);
        api.MapGet("/{name}/status", (string name, AthleteRoster roster, LiveJson json) =>
            Known(roster, name, a => Text(roster.Tag(a, "status", json.Status(a.Board))), r => Text(RemoteStatus(r))));
        api.MapGet("/{name}/reps", (string name, AthleteRoster roster, LiveJson json) =>
            Known(roster, name, a => Text(json.Reps(a.Board.Reps)), r => Text(r.Reps ?? "[]")));
        api.MapGet("/{name}/events", (string name, HttpContext context, EventStream stream, AthleteRoster roster, LiveJson json, IHostApplicationLifetime lifetime) =>
            ServeEvents(name, context, stream, roster, json, lifetime.ApplicationStopping));
        api.MapPost("/{name}/session/start", StartAsync);
        api.MapPost("/{name}/lap", (string name, AthleteRoster roster, LiveJson json) => Command(roster, json, name, CoachCommand.Lap));
        api.MapPost("/{name}/pause", (string name, AthleteRoster roster, LiveJson json) => Command(roster, json, name, CoachCommand.Pause));
        api.MapPost("/{name}/resume", (string name, AthleteRoster roster, LiveJson json) => Command(roster, json, name, CoachCommand.Resume));
        api.MapPost("/{name}/stop", StopAsync);
        app.MapGet("/coach", Dashboard.ServeCoach);
        return app;
    }

    private static async Task<IResult> StartAsync(string name, HttpRequest request, AthleteRoster roster, LiveJson json, PaceLinkOptions options, CancellationToken ct)
    {
        if (AthleteName.Problem(name) is { } problem) return ApiError.BadRequest(problem);
        if (roster.FindRemote(name) is { } remote) return ApiError.Conflict(OnAnotherHost(remote));
        var (body, status, error) = await JsonBody.ReadAsync(request, options.Api.MaxBodyBytes, ApiJson.Default.StartBody, ct);
        if (body is null) return ApiError.Status(status, error ?? "the body is not valid");
        if (body.Athletes is not null) return ApiError.BadRequest("athletes is for a group start: POST /api/athletes/start (pacelink start --all)");
        var athlete = roster.GetOrAdd(name);
        if (await StartOneAsync(athlete, body, options, ct) is { } refused) return refused;
        return Text(roster.Tag(athlete, "status", json.Status(athlete.Board)), StatusCodes.Status201Created);
    }

    /// <summary>Starts every athlete named (else every one known) with the same workout, at the same moment.</summary>
    private static async Task<IResult> StartAllAsync(HttpRequest request, AthleteRoster roster, LiveJson json, PaceLinkOptions options, CancellationToken ct)
    {
        var (body, status, error) = await JsonBody.ReadAsync(request, options.Api.MaxBodyBytes, ApiJson.Default.StartBody, ct);
        if (body is null) return ApiError.Status(status, error ?? "the body is not valid");
        var names = body.Athletes ?? roster.Known();
        if (names.Count == 0)
            return ApiError.BadRequest("no athletes to start: pair their sensors with `pacelink pair ADDRESS --as footpod --athlete NAME`, or name them in athletes");
        if (body.HrMax is not null) return ApiError.BadRequest("hr_max is kept per athlete: give it with /api/athletes/NAME/session/start");
        foreach (var name in names)
        {
            if (AthleteName.Problem(name) is { } problem) return ApiError.BadRequest(problem);
            if (roster.FindRemote(name) is { } remote) return ApiError.Conflict(OnAnotherHost(remote));
            if (roster.Find(name) is { Live: true }) return ApiError.Conflict($"{name}'s session is already running; stop it first (pacelink stop --athlete {name})");
        }
        // Check every request before starting any, so a group never starts half.
        var requests = new List<(Athlete Athlete, SessionRequest Request)>();
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var sessionRequest = body.ToRequest(options, out var invalid, name);
            if (sessionRequest is null) return ApiError.BadRequest($"{name}: {invalid}");
            requests.Add((roster.GetOrAdd(name), sessionRequest));
        }
        try
        {
            await Task.WhenAll(requests.Select(r => r.Athlete.Sessions.StartAsync(r.Request, ct)));
        }
        catch (Exception e) when (e is SessionRequestException or TraceUnavailableException)
        {
            // The ones that did start stay running: the coach sees them on the board and stops them there.
            return e is TraceUnavailableException ? ApiError.Status(StatusCodes.Status503ServiceUnavailable, e.Message) : ApiError.BadRequest(e.Message);
        }
        return Text(AthleteList.Write(roster, json), StatusCodes.Status201Created);
    }

    private static async Task<IResult?> StartOneAsync(Athlete athlete, StartBody body, PaceLinkOptions options, CancellationToken ct)
    {
        var sessionRequest = body.ToRequest(options, out var invalid, athlete.Name);
        if (sessionRequest is null) return ApiError.BadRequest(invalid);
        try
        {
            await athlete.Sessions.StartAsync(sessionRequest, ct);
            athlete.HrMax = body.HrMax ?? athlete.HrMax;
            return null;
        }
        catch (SessionRequestException e)
        {
            return e.Conflict
                ? ApiError.Conflict($"{athlete.Name}'s session is already running; stop it first (pacelink stop --athlete {athlete.Name})")
                : ApiError.BadRequest(e.Message);
        }
        catch (TraceUnavailableException e)
        {
            return ApiError.Status(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
    }

    private static IResult Command(AthleteRoster roster, LiveJson json, string name, CoachCommand command) =>
        Local(roster, name, athlete => athlete.Sessions.Send(command)
            ? Text(CoachJson.Tag(JsonSerializer.Serialize(LiveJson.StatusBody(athlete.Board) with { State = ApiEndpoints.StateName(athlete.Sessions.State) }, ApiJson.Default.StatusBody),
                ("athlete", athlete.Name), ("host", roster.Host)))
            : ApiError.Conflict($"{athlete.Name} has no session running; start one with `pacelink start --athlete {athlete.Name}`"));

    private static async Task<IResult> StopAsync(string name, AthleteRoster roster, LiveJson json)
    {
        if (roster.Find(name) is not { } athlete) return Local(roster, name, _ => Results.Empty);
        if (!athlete.Live) return ApiError.Conflict($"{athlete.Name} has no session running; start one with `pacelink start --athlete {athlete.Name}`");
        await athlete.Sessions.StopAsync();
        return Text(roster.Tag(athlete, "status", json.Status(athlete.Board)));
    }

    private static Task ServeEvents(string name, HttpContext context, EventStream stream, AthleteRoster roster, LiveJson json, CancellationToken stopping)
    {
        if (roster.Find(name) is { } athlete)
        {
            var board = athlete.Board;
            var first = new List<FeedItem> { new("status", roster.Tag(athlete, "status", json.Status(board))), new("reps", json.Reps(board.Reps)) };
            if (board.Latest is { } s) first.Add(new FeedItem("snapshot", roster.Tag(athlete, "snapshot", json.Snapshot(s))));
            return stream.ServeAsync(context, board.Feed, first, stopping);
        }
        if (roster.FindRemote(name) is { } remote)
        {
            var first = new List<FeedItem> { new("status", RemoteStatus(remote)), new("reps", remote.Reps ?? "[]") };
            if (remote.Snapshot is { } snapshot) first.Add(new FeedItem("snapshot", snapshot));
            return stream.ServeAsync(context, remote.Feed, first, stopping);
        }
        return NotFound(name).ExecuteAsync(context);
    }

    /// <summary>What this host knows of another host's athlete, in the status shape (no plan: MQTT carries none).</summary>
    internal static string RemoteStatus(RemoteAthlete remote)
    {
        SnapshotBody? snapshot = null;
        if (remote.Snapshot is { } text)
        {
            try { snapshot = JsonSerializer.Deserialize(text, ApiJson.Default.SnapshotBody); }
            catch (JsonException) { snapshot = null; }
        }
        var reps = 0;
        if (remote.Reps is { } table)
        {
            try { reps = JsonDocument.Parse(table).RootElement.GetArrayLength(); }
            catch (Exception e) when (e is JsonException or InvalidOperationException) { reps = 0; }
        }
        var state = snapshot is null ? "idle" : snapshot.Done ? "finished" : snapshot.Paused ? "paused" : "running";
        var body = new StatusBody(state, null, null, null, null, reps, snapshot, [], null);
        return CoachJson.Tag(JsonSerializer.Serialize(body, ApiJson.Default.StatusBody), ("athlete", remote.Name), ("host", remote.Host));
    }

    private static IResult Known(AthleteRoster roster, string name, Func<Athlete, IResult> local, Func<RemoteAthlete, IResult> remote)
    {
        if (roster.Find(name) is { } athlete) return local(athlete);
        if (roster.FindRemote(name) is { } other) return remote(other);
        return NotFound(name);
    }

    private static IResult Local(AthleteRoster roster, string name, Func<Athlete, IResult> local)
    {
        if (roster.Find(name) is { } athlete) return local(athlete);
        if (roster.FindRemote(name) is { } other) return ApiError.Conflict(OnAnotherHost(other));
        return NotFound(name);
    }

    private static IResult NotFound(string name) => AthleteName.Problem(name) is { } problem
        ? ApiError.BadRequest(problem)
        : ApiError.Status(StatusCodes.Status404NotFound, $"there is no athlete '{name}' on this service; start one with `pacelink start --athlete {name}`");

    private static string OnAnotherHost(RemoteAthlete remote) =>
        $"{remote.Name} runs on {remote.Host ?? "another host"}; control that session there";

    private static IResult Text(string json, int status = StatusCodes.Status200OK) =>
        Results.Text(json, Json, Encoding.UTF8, status);
}
