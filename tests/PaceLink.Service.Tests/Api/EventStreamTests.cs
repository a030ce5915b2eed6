using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Units;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Api;

/// <summary>GET /api/events over a real Kestrel: a dashboard's view of a session.</summary>
public sealed class EventStreamTests : IAsyncLifetime
{
    private TestService _service = null!;
    private readonly CancellationTokenSource _end = new(TimeSpan.FromSeconds(20));

    public async Task InitializeAsync() => _service = await TestService.StartAsync();

    public async Task DisposeAsync()
    {
        await _end.CancelAsync();
        await _service.DisposeAsync();
    }

    /// <summary>Reads the stream in the background into a channel of (type, data).</summary>
    private async Task<ChannelReader<SseItem<string>>> Listen()
    {
        var response = await _service.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, _end.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(_end.Token);
        var items = Channel.CreateUnbounded<SseItem<string>>();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in SseParser.Create(stream).EnumerateAsync(_end.Token)) await items.Writer.WriteAsync(item);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
            }
            items.Writer.TryComplete();
        });
        return items.Reader;
    }

    private async Task<JsonElement> Next(ChannelReader<SseItem<string>> items, string type, Func<JsonElement, bool>? where = null)
    {
        while (true)
        {
            var item = await items.ReadAsync(_end.Token);
            if (item.EventType != type) continue;
            var data = JsonDocument.Parse(item.Data).RootElement.Clone();
            if (where is null || where(data)) return data;
        }
    }

    [Fact]
    public async Task ANewDashboardFirstGetsTheStatusAndTheRepTable()
    {
        var items = await Listen();
        Assert.Equal("idle", (await Next(items, "status")).GetProperty("state").GetString());
        Assert.Equal(0, (await Next(items, "reps")).GetArrayLength());
    }

    [Fact]
    public async Task CoachingEventsArriveInTheReplayContractShape()
    {
        var items = await Listen();
        await Next(items, "reps");
        await _service.Http.PostAsync("/api/session/start", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        await Next(items, "status", s => s.GetProperty("state").GetString() == "running");
        _service.Starter.Last!.Emit(new Countdown(TimeSpan.FromSeconds(890), 10));
        var e = await Next(items, "event");
        Assert.Equal("""{"t":890,"kind":"countdown","remaining_s":10}""", e.GetRawText());
    }

    [Fact]
    public async Task SnapshotsCarryWhatTheDashboardShows()
    {
        var items = await Listen();
        await _service.Http.PostAsync("/api/session/start", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        _service.Starter.Last!.Show(new CoachingSnapshot
        {
            At = TimeSpan.FromSeconds(950), Phase = Phase.Rep, Set = 1, Rep = 1, RepDistanceMetres = 236.4, RepTargetMetres = 400,
            CurrentPace = Pace.Parse("4:02"), TargetPace = Pace.Parse("4:00"), HeartRate = 161,
        });
        var s = await Next(items, "snapshot");
        Assert.Equal("rep", s.GetProperty("phase").GetString());
        Assert.Equal(236.4, s.GetProperty("rep_distance_m").GetDouble());
        Assert.Equal(400, s.GetProperty("rep_length_m").GetDouble());
        Assert.Equal(242, s.GetProperty("pace_s_per_km").GetDouble());
        Assert.Equal(161, s.GetProperty("hr_bpm").GetInt32());
    }

    [Fact]
    public async Task ACompletedRepPushesTheUpdatedTable()
    {
        var items = await Listen();
        await _service.Http.PostAsync("/api/session/start", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        _service.Starter.Last!.Emit(new RepCompleted(TimeSpan.FromSeconds(996), 1, 1, 95.5, 400));
        var reps = await Next(items, "reps", r => r.GetArrayLength() > 0);
        Assert.Equal(95.5, reps[0].GetProperty("split_s").GetDouble());
    }
}
