using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Alerts.Speech;

public class SpeechSinkTests
{
    private static readonly WorkoutSettings Settings = new() { TargetPace = Pace.Parse("4:00") };
    private readonly FakeTimeProvider _time = new();
    private readonly ListLogger<SpeechSink> _log = new();

    private SpeechSink Sink(FakeSynthesizer voice, int capacity = 4, bool beeps = true)
    {
        var sink = new SpeechSink(new CueOptions(), voice, voice, beeps, capacity, _time, _log);
        sink.OnStarted(new SessionStart(DateTimeOffset.UnixEpoch, Settings.ToPlan(), Settings, null, []));
        return sink;
    }

    [Fact]
    public async Task ARepEndIsSpokenWithItsSplitAndTheComingRest()
    {
        var voice = new FakeSynthesizer();
        await using var sink = Sink(voice);
        sink.OnEvent(new RepCompleted(TimeSpan.FromMinutes(17), 1, 1, 96.4, 400));
        await voice.WhenCount(2);
        Assert.Equal(["one minute thirty-six point four, zero point four seconds slow, rest sixty"], voice.Said);
        Assert.Equal([Beep.Lap], voice.Beeps);
    }

    [Fact]
    public async Task ABusyVoiceNeverHoldsUpTheSessionAndTheBacklogStaysBounded()
    {
        var voice = new FakeSynthesizer();
        voice.Hold();
        await using var sink = Sink(voice, capacity: 4, beeps: false);
        sink.OnEvent(new BackOnPace(TimeSpan.Zero));
        await voice.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // The voice is stuck mid-sentence: a hundred more events must still go straight through.
        for (var i = 0; i < 100; i++) sink.OnEvent(new SensorLost(TimeSpan.FromSeconds(i), $"s{i}"));

        Assert.True(sink.Queue.Count <= 4, $"backlog {sink.Queue.Count}");
        Assert.Equal(96, sink.Queue.Dropped);
        voice.Release();
        await voice.WhenCount(2);
        Assert.Equal("on pace", voice.Said[0]);
        Assert.Equal("sensor s96 lost, sensor s97 lost, sensor s98 lost, sensor s99 lost", voice.Said[1]);
    }

    [Fact]
    public async Task AMissingSpeechEngineWarnsOnceThenBeeps()
    {
        var voice = new FakeSynthesizer(available: false);
        await using var sink = Sink(voice, beeps: false);
        sink.OnEvent(new PhaseStarted(TimeSpan.FromMinutes(15), Phase.Rep, 1, 1));
        await voice.WhenCount(1);
        sink.OnEvent(new RepCompleted(TimeSpan.FromMinutes(17), 1, 1, 96, 400));
        await voice.WhenCount(2);
        sink.OnEvent(new Countdown(TimeSpan.FromMinutes(18), 3));
        await voice.WhenCount(3);

        Assert.Empty(voice.Said);
        Assert.Equal([Beep.Go, Beep.Lap, Beep.Tick], voice.Beeps);
        var warning = Assert.Single(_log.At(LogLevel.Warning));
        Assert.Contains("not available", warning);
        Assert.Equal(1, voice.AvailabilityChecks);
    }

    [Fact]
    public async Task AFailingVoiceIsLoggedAndTheNextCueIsStillTried()
    {
        var voice = new ThrowingVoice();
        await using var sink = new SpeechSink(new CueOptions(), voice, new FakeSynthesizer(), false, 4, _time, _log);
        sink.OnEvent(new BackOnPace(TimeSpan.Zero));
        await Eventually.TrueAsync(() => voice.Calls >= 1);
        sink.OnEvent(new BackOnPace(TimeSpan.FromSeconds(1)));
        await Eventually.TrueAsync(() => voice.Calls >= 2);
        await Eventually.TrueAsync(() => _log.Entries.Count >= 2);
        Assert.Single(_log.At(LogLevel.Warning));
        Assert.Single(_log.At(LogLevel.Debug));
    }

    private sealed class ThrowingVoice : ISpeechSynthesizer
    {
        private int _calls;
        public int Calls => Volatile.Read(ref _calls);
        public string Name => "broken";
        public bool IsAvailable() => true;

        public Task SpeakAsync(string text, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException("audio device busy");
        }
    }
}
