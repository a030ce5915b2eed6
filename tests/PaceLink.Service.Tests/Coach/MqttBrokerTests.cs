using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Service.Coach;
using PaceLink.Service.Coach.Mqtt;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Coach;

/// <summary>
/// Hosts publishing their athletes to a real Mosquitto broker: two track-side hosts with two
/// athletes each and a coach's host with none, which lists all four; mosquitto_sub sees every
/// rep end; a broker that restarts mid-session loses no event.
/// </summary>
public sealed class MqttBrokerTests
{
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 5, 1, 17, 0, 0, TimeSpan.Zero));

    private static Task<TestService> HostAsync(Mosquitto broker, string host, FakeTimeProvider time, bool subscribe = false) =>
        TestService.StartAsync(realSessions: true, time: time, args: ["--Mqtt:Url=" + broker.Url, "--Mqtt:Host=" + host, "--Mqtt:Subscribe=" + (subscribe ? "true" : "false")]);

    private static MqttLink Link(TestService service) =>
        service.App.Services.GetServices<IHostedService>().OfType<MqttLifetime>().Single().Link!;

    private static AthleteRoster Roster(TestService service) => service.App.Services.GetRequiredService<AthleteRoster>();

    /// <summary>(athlete, t, kind) of each distinct event line "pacelink/NAME/events {json}" (QoS 1 may deliver one twice).</summary>
    private static HashSet<(string Athlete, double T, string Kind)> Events(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines.Select(line =>
            {
                var space = line.IndexOf(' ');
                var json = JsonDocument.Parse(line[(space + 1)..]).RootElement;
                return (json.GetProperty("athlete").GetString()!, json.GetProperty("t").GetDouble(), json.GetProperty("kind").GetString()!);
            })];
        }
    }

    [Fact]
    public async Task TwoHostsOfTwoAthletesPublishAndTheCoachsHostListsAllFour()
    {
        await using var broker = await Mosquitto.StartAsync();
        var seen = broker.Subscribe("pacelink/+/events");
        var time = Clock();
        await using var trackA = await HostAsync(broker, "track-a", time);
        await using var trackB = await HostAsync(broker, "track-b", time);
        await using var coach = await HostAsync(broker, "coach", time, subscribe: true);
        await Eventually.TrueAsync(() => new[] { trackA, trackB, coach }.All(h => Link(h).IsConnected), what: "the links to connect");

        foreach (var (host, names) in new[] { (trackA, "\"ana\",\"ben\""), (trackB, "\"cy\",\"dan\"") })
        {
            (await host.Http.PostAsync("/api/athletes/start", ThreeAthletesTests.Body(
                $$"""{"athletes":[{{names}}],"simulate":true,"speed":1000,"warmup":"1m","cooldown":"1m","set_rest":"1m","seed":5}"""))).EnsureSuccessStatusCode();
        }
        await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return new[] { trackA, trackB }.All(h => Roster(h).Local.All(a => a.Board.Status.State == "finished"));
        }, timeout: TimeSpan.FromSeconds(60), what: "four sessions to finish");

        // mosquitto_sub saw each athlete's eight rep ends.
        await Eventually.TrueAsync(() => Events(seen).Count(e => e.Kind == "rep_complete") == 32, timeout: TimeSpan.FromSeconds(20), what: "32 rep_complete on the broker");
        Assert.Equal(["ana", "ben", "cy", "dan"], Events(seen).Where(e => e.Kind == "rep_complete").GroupBy(e => e.Athlete).Where(g => g.Count() == 8).Select(g => g.Key).Order());

        // The coach's host, with no sensors, lists all four as its board shows them, with their hosts.
        JsonElement list = default;
        await Eventually.TrueAsync(() =>
        {
            list = JsonDocument.Parse(coach.Http.GetStringAsync("/api/athletes").Result).RootElement;
            return list.GetArrayLength() == 4 && list.EnumerateArray().All(a => a.GetProperty("reps_done").GetInt32() == 8 && a.GetProperty("state").GetString() == "finished");
        }, timeout: TimeSpan.FromSeconds(20), what: "the coach's list of four finished athletes");
        Assert.Equal(["ana", "ben", "cy", "dan"], list.EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["track-a", "track-a", "track-b", "track-b"], list.EnumerateArray().Select(a => a.GetProperty("host").GetString()));
        Assert.All(list.EnumerateArray(), a => Assert.False(a.GetProperty("local").GetBoolean()));
        using var lap = await coach.Http.PostAsync("/api/athletes/ana/lap", ThreeAthletesTests.Body("{}"));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, lap.StatusCode);
    }

    [Fact]
    public async Task ABrokerThatRestartsMidSessionLosesNoEvent()
    {
        await using var broker = await Mosquitto.StartAsync();
        // A persistent subscriber: the broker keeps its subscription and queue across the restart.
        var seen = broker.Subscribe("pacelink/+/events", persistentId: "checker");
        var time = Clock();
        await using var track = await HostAsync(broker, "track-a", time);
        await Eventually.TrueAsync(() => Link(track).IsConnected, what: "the link to connect");
        (await track.Http.PostAsync("/api/athletes/ana/session/start", ThreeAthletesTests.Body(ThreeAthletesTests.Short("4:00", 9)))).EnsureSuccessStatusCode();

        await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            return Events(seen).Any(e => e.Kind == "rep_complete");
        }, timeout: TimeSpan.FromSeconds(30), what: "the first rep end on the broker");
        await broker.StopBrokerAsync();

        // The session runs on to its end without the broker; its events wait in the outbox.
        await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return Roster(track).Find("ana")!.Board.Status.State == "finished";
        }, timeout: TimeSpan.FromSeconds(60), what: "the session to finish with the broker away");
        Assert.True(Link(track).Outbox.Count > 0, "nothing waited for the broker");

        // The checker comes back under its id after the restart and is handed what the broker kept for it.
        broker.StopSubscribers();
        await broker.StartBrokerAsync();
        var before = Events(seen);
        seen = broker.Subscribe("pacelink/+/events", persistentId: "checker");
        lock (seen) seen.AddRange(before.Select(e => $"pacelink/{e.Athlete}/events {{\"athlete\":\"{e.Athlete}\",\"t\":{e.T.ToString("R", System.Globalization.CultureInfo.InvariantCulture)},\"kind\":\"{e.Kind}\"}}"));
        var trace = Roster(track).Find("ana")!.Board.Status.Trace!;
        using var stream = File.OpenRead(trace);
        var expected = TraceReader.Read(stream).Trace!.Events.Select(Contract).ToHashSet();
        try
        {
            await Eventually.TrueAsync(() =>
            {
                // The reconnect backoff runs on the service's clock.
                time.Advance(TimeSpan.FromSeconds(1));
                return Events(seen).Count >= expected.Count;
            }, timeout: TimeSpan.FromSeconds(120), what: "every event after the restart");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{Events(seen).Count} of {expected.Count} events on the broker; outbox {Link(track).Outbox.Count}, connected {Link(track).IsConnected}, sent {Link(track).Sent}; log: "
                + string.Join(" | ", track.Log.ToString().Split('\n').Where(l => l.Contains("MQTT", StringComparison.Ordinal))));
        }
        Assert.Equal(expected.Order(), Events(seen).Order());
        Assert.Equal(0, Link(track).Outbox.Dropped);
    }

    /// <summary>An event of the trace as the replay contract writes it: its t and kind.</summary>
    private static (string Athlete, double T, string Kind) Contract(CoachingEvent e)
    {
        var json = JsonDocument.Parse(CoachingEventJson.Serialize(e)).RootElement;
        return ("ana", json.GetProperty("t").GetDouble(), json.GetProperty("kind").GetString()!);
    }
}
