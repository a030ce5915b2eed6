using PaceLink.Core.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Api;

/// <summary>The HTTP API over a real Kestrel on a loopback port, with a hand-driven session behind it.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, string? json = null, string contentType = "application/json")
    {
        // The CLI and the dashboard send the buttons as an empty JSON object.
        using var content = new StringContent(json ?? "{}", Encoding.UTF8, contentType);
        using var response = await _service.Http.PostAsync(path, content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task<JsonElement> Get(string path) =>
        JsonDocument.Parse(await _service.Http.GetStringAsync(path)).RootElement.Clone();

    [Fact]
    public async Task StatusIsIdleBeforeAnySession()
    {
        var status = await Get("/api/status");
        Assert.Equal("idle", status.GetProperty("state").GetString());
        Assert.Equal(["web", "speech"], status.GetProperty("sinks").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task StartTakesWorkoutOptionsAsJson()
    {
        var (status, body) = await Post("/api/session/start", """{"target_pace":"3:50","warmup":"5m","simulate":true,"speed":10}""");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("running", body.GetProperty("state").GetString());
        var request = _service.Starter.Last!.Request;
        Assert.Equal(230, request.Settings.TargetPace!.Value.SecondsPerKm);
        Assert.Equal(TimeSpan.FromMinutes(5), request.Settings.Warmup);
        Assert.True(request.Simulate);
        Assert.Equal(10, request.Speed);
    }

    [Theory]
    [InlineData("""{"target_pace":"6:26/mi"}""")]
    [InlineData("""{"target_pace":"6:26","units":"mi"}""")]
    public async Task APaceGivenPerMileOrUnitsMiStartsASessionInMiles(string json)
    {
        var (status, _) = await Post("/api/session/start", json);
        Assert.Equal(HttpStatusCode.Created, status);
        var settings = _service.Starter.Last!.Request.Settings;
        Assert.Equal(DistanceUnit.Miles, settings.Units);
        Assert.Equal(386, settings.TargetPace!.Value.SecondsPerMile, 6);
    }

    [Fact]
    public async Task ConfiguredUnitsAreTheDefaultAndABarePaceIsReadInThem()
    {
        await using var service = await TestService.StartAsync(args: ["--units", "mi", "--target-pace", "6:26"]);
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Created, (await service.Http.PostAsync("/api/session/start", body)).StatusCode);
        var settings = service.Starter.Last!.Request.Settings;
        Assert.Equal(DistanceUnit.Miles, settings.Units);
        Assert.Equal(386, settings.TargetPace!.Value.SecondsPerMile, 6);
    }

    [Fact]
    public async Task ControlsReachTheRunningSession()
    {
        await Post("/api/session/start", "{}");
        Assert.Equal(HttpStatusCode.OK, (await Post("/api/lap")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Post("/api/pause")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Post("/api/resume")).Status);
        var (status, body) = await Post("/api/stop");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("finished", body.GetProperty("state").GetString());
        Assert.Equal([CoachCommand.Lap, CoachCommand.Pause, CoachCommand.Resume, CoachCommand.Stop], _service.Starter.Last!.Commands);
    }

    /// <summary>The answer to pause and resume is the state the command led to, not the one before it.</summary>
    [Fact]
    public async Task PauseAndResumeAnswerWithTheNewState()
    {
        await Post("/api/session/start", "{}");
        var (paused, pausedBody) = await Post("/api/pause");
        Assert.Equal(HttpStatusCode.OK, paused);
        Assert.Equal("paused", pausedBody.GetProperty("state").GetString());
        var (_, resumedBody) = await Post("/api/resume");
        Assert.Equal("running", resumedBody.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ControlsWithoutASessionAreAConflictWithAHint()
    {
        var (status, body) = await Post("/api/lap");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("no session is running; start one with `pacelink start`", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task ASecondStartWhileRunningIsRefused()
    {
        await Post("/api/session/start", "{}");
        var (status, body) = await Post("/api/session/start", "{}");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("a session is already running", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("""{"speed":"fast"}""", "wrong type at $.speed")]
    [InlineData("""{"target_pase":"4:00"}""", "unknown field at $.target_pase")]
    [InlineData("""{"target_pace":""", "the body is not valid JSON")]
    [InlineData("""[1,2]""", "wrong type")]
    [InlineData("""{"target_pace":"4:99"}""", "--target-pace: '4:99' is not a pace; write minutes:seconds like 4:00, 4:00/km or 6:26/mi")]
    [InlineData("""{"units":"leagues"}""", "--units: 'leagues' is not a unit; use km or mi")]
    [InlineData("""{"speed":5000}""", "speed must be between 0.1 and 1000")]
    public async Task BadStartRequestsGetA400WithOneSentence(string json, string error)
    {
        var (status, body) = await Post("/api/session/start", json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(error, body.GetProperty("error").GetString());
        Assert.Null(_service.Starter.Last);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedWithoutReadingItAll()
    {
        var huge = "{\"workout\":\"" + new string('x', 200_000) + "\"}";
        var (status, body) = await Post("/api/session/start", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("the body is larger than 131072 bytes", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task NonJsonBodiesAreRefused()
    {
        var (status, body) = await Post("/api/session/start", "target_pace=4:00", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("send the request with Content-Type: application/json", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task UnknownEndpointsAnswerInJson()
    {
        using var response = await _service.Http.GetAsync("/api/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no such endpoint: /api/nothing", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TheRepTableFillsAsRepsComplete()
    {
        await Post("/api/session/start", """{"target_pace":"4:00"}""");
        _service.Starter.Last!.Emit(new RepCompleted(TimeSpan.FromSeconds(996), 1, 1, 95.5, 400));
        var row = Assert.Single((await Get("/api/reps")).EnumerateArray());
        Assert.Equal(1, row.GetProperty("set").GetInt32());
        Assert.Equal(95.5, row.GetProperty("split_s").GetDouble());
        Assert.Equal(238.8, row.GetProperty("pace_s_per_km").GetDouble());
        Assert.Equal(96, row.GetProperty("target_split_s").GetDouble());
    }

    [Fact]
    public async Task TheDashboardIsOneSelfContainedPage()
    {
        using var response = await _service.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        foreach (var id in new[] { "countdown", "reps", "lap", "pause", "stop", "pace", "hr", "distance-fill", "next", "progress", "elapsed", "alert" })
            Assert.Contains($"id=\"{id}\"", html);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public async Task StoppingTheHostStopsTheSessionAndWritesItsSummary()
    {
        await Post("/api/session/start", "{}");
        var session = _service.Starter.Last!;
        await _service.App.StopAsync();
        Assert.Equal(CoachCommand.Stop, session.Commands[^1]);
        Assert.True(File.Exists(Path.Combine(_service.DataDir, "fake-session.summary.txt")));
    }
}
