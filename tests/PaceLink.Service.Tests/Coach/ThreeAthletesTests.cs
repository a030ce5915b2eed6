using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Service.Coach;
using PaceLink.Service.History;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Coach;

/// <summary>
/// A coach's group on one service: three simulated athletes, each with their own target pace,
/// run side by side on virtual time (the wall clock is a fake one the test moves) and finish with
/// a trace, a summary and a history entry each, while the unnamed session stays idle.
/// </summary>
public sealed class ThreeAthletesTests
{
    private static readonly (string Name, string Pace, int Seed)[] Group = [("ana", "4:00", 1), ("ben", "4:10", 2), ("cy", "3:50", 3)];

    internal static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    internal static string Short(string pace, int seed) =>
        $$"""{"simulate":true,"speed":1000,"warmup":"1m","cooldown":"1m","set_rest":"1m","target_pace":"{{pace}}","seed":{{seed}}}""";

    /// <summary>Moves the fake wall clock a second at a time (1000 s of session time) until every athlete has finished.</summary>
    internal static async Task RunToTheEndAsync(TestService service, FakeTimeProvider time, int athletes)
    {
        var roster = service.App.Services.GetRequiredService<AthleteRoster>();
        await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return roster.Local.Count == athletes && roster.Local.All(a => a.Board.Status.State == "finished");
        }, timeout: TimeSpan.FromSeconds(60), what: "every athlete's session to finish");
    }

    [Fact]
    public async Task ThreeSimulatedAthletesFinishWithSeparateTracesSummariesAndHistory()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 17, 0, 0, TimeSpan.Zero));
        await using var service = await TestService.StartAsync(realSessions: true, time: time);
        foreach (var (name, pace, seed) in Group)
        {
            using var started = await service.Http.PostAsync($"/api/athletes/{name}/session/start", Body(Short(pace, seed)));
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            var status = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(name, status.GetProperty("athlete").GetString());
        }

        var live = JsonDocument.Parse(await service.Http.GetStringAsync("/api/athletes")).RootElement;
        Assert.Equal(["ana", "ben", "cy"], live.EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.All(live.EnumerateArray(), a => Assert.Equal("running", a.GetProperty("state").GetString()));

        await RunToTheEndAsync(service, time, 3);

        var traces = new List<string>();
        foreach (var (name, pace, _) in Group)
        {
            var status = JsonDocument.Parse(await service.Http.GetStringAsync($"/api/athletes/{name}/status")).RootElement;
            Assert.Equal("finished", status.GetProperty("state").GetString());
            Assert.True(status.GetProperty("completed").GetBoolean());
            Assert.Equal(8, status.GetProperty("reps_done").GetInt32());
            var trace = status.GetProperty("trace").GetString()!;
            Assert.EndsWith($"-simulated-{name}.jsonl", trace);
            Assert.True(File.Exists(LiveBoardSummary(trace)), $"no summary beside {trace}");
            using var stream = File.OpenRead(trace);
            var read = TraceReader.Read(stream);
            Assert.True(read.Ok, read.Error);
            Assert.Equal(PaceLink.Core.Units.Pace.Parse(pace).SecondsPerKm, read.Trace!.Header.Settings!.TargetPace!.Value.SecondsPerKm, 6);
            Assert.Equal(8, read.Trace.Events.OfType<RepCompleted>().Count());
            var reps = JsonDocument.Parse(await service.Http.GetStringAsync($"/api/athletes/{name}/reps")).RootElement;
            Assert.Equal(8, reps.GetArrayLength());
            traces.Add(Path.GetFullPath(trace));
        }
        Assert.Equal(3, traces.Distinct().Count());

        // Each board adds its session to the history right after it says finished.
        IEnumerable<string> Indexed()
        {
            using var history = SessionHistory.Open(Path.Combine(service.DataDir, "history.db"));
            return [.. history.List(null).Select(e => Path.GetFullPath(e.TracePath)).Order()];
        }
        await Eventually.TrueAsync(() => Indexed().Count() == 3, timeout: TimeSpan.FromSeconds(30), what: "three history entries; the log says: "
            + string.Join(" | ", service.Log.ToString().Split('\n').Where(l => l.Contains("history", StringComparison.OrdinalIgnoreCase))));
        Assert.Equal(traces.Order(), Indexed());

        // The unnamed session of a single runner was never touched.
        var single = JsonDocument.Parse(await service.Http.GetStringAsync("/api/status")).RootElement;
        Assert.Equal("idle", single.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AGroupStartsTogetherAndEachAthleteIsSteeredByName()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 17, 0, 0, TimeSpan.Zero));
        // A second of session time per tick: the 10 min warm-up outlasts the test, and stops can run.
        await using var pump = new ClockPump(time, TimeSpan.FromMilliseconds(1));
        await using var service = await TestService.StartAsync(realSessions: true, time: time);
        using var started = await service.Http.PostAsync("/api/athletes/start",
            Body("""{"athletes":["ana","ben"],"simulate":true,"speed":1000,"warmup":"10m","seed":4}"""));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var list = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["ana", "ben"], list.EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        using var again = await service.Http.PostAsync("/api/athletes/start", Body("""{"athletes":["ben"],"simulate":true}"""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var paused = await service.Http.PostAsync("/api/athletes/ben/pause", Body("{}"));
        Assert.Equal("paused", JsonDocument.Parse(await paused.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString());
        var states = JsonDocument.Parse(await service.Http.GetStringAsync("/api/athletes")).RootElement.EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("state").GetString());
        Assert.Equal("running", states["ana"]);
        Assert.Equal("paused", states["ben"]);

        using var stopped = await service.Http.PostAsync("/api/athletes/ana/stop", Body("{}"));
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        using var unknown = await service.Http.PostAsync("/api/athletes/zoe/lap", Body("{}"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var badName = await service.Http.PostAsync("/api/athletes/a.b/session/start", Body("{}"));
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        using var notForOne = await service.Http.PostAsync("/api/session/start", Body("""{"athletes":["ana"],"simulate":true}"""));
        Assert.Equal(HttpStatusCode.BadRequest, notForOne.StatusCode);
    }

    [Fact]
    public async Task TheCoachStreamNamesTheAthleteOfEveryMessage()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 17, 0, 0, TimeSpan.Zero));
        // The fake wall clock moves on its own while the stream is read (and while the host stops).
        await using var pump = new ClockPump(time, TimeSpan.FromMilliseconds(200));
        await using var service = await TestService.StartAsync(realSessions: true, time: time);
        using var stream = await service.Http.GetStreamAsync("/api/athletes/events");
        using var reader = new StreamReader(stream);
        foreach (var (name, pace, seed) in Group.Take(2))
            (await service.Http.PostAsync($"/api/athletes/{name}/session/start", Body(Short(pace, seed)))).EnsureSuccessStatusCode();

        var repsBy = new HashSet<string>();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? type = null;
        while (repsBy.Count < 2)
        {
            var line = await reader.ReadLineAsync(limit.Token);
            if (line is null) break;
            if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line["event: ".Length..];
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            var message = JsonDocument.Parse(line["data: ".Length..]).RootElement;
            var athlete = message.GetProperty("athlete").GetString()!;
            Assert.Contains(athlete, new[] { "ana", "ben" });
            var data = message.GetProperty("data");
            if (type == "event" && data.GetProperty("kind").GetString() == "rep_complete")
            {
                Assert.Equal(athlete, data.GetProperty("athlete").GetString());
                repsBy.Add(athlete);
            }
        }
        Assert.Equal(["ana", "ben"], repsBy.Order());
    }

    private static string LiveBoardSummary(string trace) => SessionArchive.SummaryPath(trace);
}
