using System.Net;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Coaching;
using PaceLink.Service.Alerts.Webhook;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Alerts.Webhook;

public class WebhookSinkTests
{
    private static readonly Uri Watch = new("http://push.example/watch");
    private static readonly Uri Broken = new("http://push.example/broken");
    private readonly FakeTimeProvider _time = new();
    private readonly ListLogger<WebhookSink> _log = new();

    private WebhookSink Sink(ScriptedHandler handler, int retries = 2, int capacity = 16, params Uri[] urls) =>
        new(urls.Length > 0 ? urls : [Watch], new HttpClient(handler), new WebhookPolicy(TimeSpan.FromSeconds(5), retries, capacity),
            CoachingEventJson.Serialize, _time, _log);

    [Fact]
    public async Task EachEventIsPostedAsItsContractJson()
    {
        var handler = new ScriptedHandler();
        await using var sink = Sink(handler);
        sink.OnEvent(new RepCompleted(TimeSpan.FromSeconds(1000.5), 1, 2, 95.25, 400));
        await Eventually.TrueAsync(() => sink.Delivered == 1);
        var (url, body) = Assert.Single(handler.Requests);
        Assert.Equal(Watch, url);
        Assert.Equal("""{"t":1000.5,"kind":"rep_complete","set":1,"rep":2,"split_s":95.25,"distance_m":400}""", body);
    }

    [Fact]
    public async Task AFailedPostIsRetriedAfterOneThenTwoSeconds()
    {
        var handler = new ScriptedHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway, HttpStatusCode.OK);
        await using var sink = Sink(handler);
        sink.OnEvent(new BackOnPace(TimeSpan.Zero));
        await Eventually.TrueAsync(() => sink.Backoffs == 1);
        Assert.True(await Stays(() => handler.Requests.Count == 1, TimeSpan.FromMilliseconds(999)));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.TrueAsync(() => sink.Backoffs == 2);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(await Stays(() => handler.Requests.Count == 2, TimeSpan.FromMilliseconds(1999)));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.TrueAsync(() => sink.Delivered == 1);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task AnEndpointThatNeverAnswersTimesOutAndIsGivenUpAfterItsRetries()
    {
        var handler = new ScriptedHandler { Hang = true };
        await using var sink = Sink(handler, retries: 1);
        sink.OnEvent(new BackOnPace(TimeSpan.Zero));
        await Eventually.TrueAsync(() => handler.Requests.Count == 1);
        _time.Advance(TimeSpan.FromSeconds(5));   // first attempt times out
        await Eventually.TrueAsync(() => sink.Backoffs == 1);
        _time.Advance(TimeSpan.FromSeconds(1));   // backoff
        await Eventually.TrueAsync(() => handler.Requests.Count == 2);
        _time.Advance(TimeSpan.FromSeconds(5));   // second attempt times out
        await Eventually.TrueAsync(() => sink.Abandoned == 1);
        Assert.Contains(_log.Entries, e => e.Message.Contains("no answer within 5 s"));
    }

    [Fact]
    public async Task ADeadEndpointDoesNotDelayAHealthyOne()
    {
        var handler = new ScriptedHandler { HangFor = Broken };
        await using var sink = Sink(handler, urls: [Broken, Watch]);
        for (var i = 0; i < 3; i++) sink.OnEvent(new Countdown(TimeSpan.FromSeconds(i), 3 - i));
        await Eventually.TrueAsync(() => sink.Delivered == 3);
        Assert.Equal(3, handler.Requests.Count(r => r.Url == Watch));
    }

    [Fact]
    public async Task PublishingNeverWaitsAndAFullQueueKeepsTheNewestEvents()
    {
        var handler = new ScriptedHandler { Hang = true };
        await using var sink = Sink(handler, retries: 0, capacity: 2);
        sink.OnEvent(new Countdown(TimeSpan.Zero, 10));
        await Eventually.TrueAsync(() => handler.Requests.Count == 1);
        for (var n = 5; n >= 1; n--) sink.OnEvent(new Countdown(TimeSpan.FromSeconds(10 - n), n));
        handler.Hang = false;
        _time.Advance(TimeSpan.FromSeconds(5));
        await Eventually.TrueAsync(() => sink.Delivered == 2);
        Assert.Equal(["""{"t":0,"kind":"countdown","remaining_s":10}""", """{"t":8,"kind":"countdown","remaining_s":2}""", """{"t":9,"kind":"countdown","remaining_s":1}"""],
            handler.Requests.Select(r => r.Body));
    }

    /// <summary>True when <paramref name="condition"/> still holds after the fake clock moves <paramref name="by"/>.</summary>
    private async Task<bool> Stays(Func<bool> condition, TimeSpan by)
    {
        _time.Advance(by);
        await Task.Yield();
        return condition();
    }
}
