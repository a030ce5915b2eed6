using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Text;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Service.Tests.Alerts.Speech;

public class CueQueueTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task PendingCuesAreTakenTogetherInOrder()
    {
        var queue = new CueQueue(8, _time, TimeSpan.FromSeconds(2.5));
        queue.Add(new Cue("rest", CueKind.Phase));
        queue.Add(new Cue("ten seconds", CueKind.Countdown));
        queue.Add(new Cue("too slow", CueKind.Pace));
        var batch = await queue.TakeAsync(CancellationToken.None);
        Assert.Equal("rest, ten seconds, too slow", SpokenCues.Merge(batch.Select(c => c.Text)));
    }

    [Fact]
    public async Task ANewerCountdownSupersedesTheOnesStillWaiting()
    {
        var queue = new CueQueue(8, _time, TimeSpan.FromSeconds(2.5));
        queue.Add(new Cue("four hundred — one thirty-six", CueKind.Result));
        foreach (var word in new[] { "three", "two", "one" }) queue.Add(new Cue(word, CueKind.Countdown));
        queue.Add(new Cue("go", CueKind.Go));
        var batch = await queue.TakeAsync(CancellationToken.None);
        Assert.Equal(["four hundred — one thirty-six", "go"], batch.Select(c => c.Text));
        Assert.Equal(3, queue.Dropped);
    }

    [Fact]
    public async Task CountdownsThatWaitedTooLongAreDroppedButResultsAreKept()
    {
        var queue = new CueQueue(8, _time, TimeSpan.FromSeconds(2.5));
        queue.Add(new Cue("five", CueKind.Countdown));
        queue.Add(new Cue("four hundred — one thirty-six", CueKind.Result));
        _time.Advance(TimeSpan.FromSeconds(3));
        queue.Add(new Cue("two", CueKind.Countdown));
        var batch = await queue.TakeAsync(CancellationToken.None);
        Assert.Equal(["four hundred — one thirty-six", "two"], batch.Select(c => c.Text));
        Assert.Equal(1, queue.Dropped);
    }

    [Fact]
    public void AFullQueueDropsItsOldestCountdownFirst()
    {
        var queue = new CueQueue(2, _time, TimeSpan.FromSeconds(2.5));
        queue.Add(new Cue("result", CueKind.Result));
        queue.Add(new Cue("five", CueKind.Countdown));
        queue.Add(new Cue("four", CueKind.Countdown));
        Assert.Equal(2, queue.Count);
        Assert.Equal(1, queue.Dropped);
    }
}
