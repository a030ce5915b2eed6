using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Service.Sessions;
using PaceLink.Core.Text;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Speaks coaching cues. <see cref="OnEvent"/> only queues; a worker says the cues one after the
/// other. Without a speech engine it warns once and carries on with beeps (or silence).
/// </summary>
public sealed class SpeechSink : ICoachingSink, IAsyncDisposable
{
    private readonly CueOptions _options;
    private CueBuilder _cues;
    private readonly CueQueue _queue;
    private readonly ISpeechSynthesizer _voice;
    private readonly IBeeper _beeper;
    private readonly bool _beeps;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;
    private readonly TimeProvider _time;
    private bool? _voiceAvailable;
    private int _failures;
    private volatile bool _speaking;
    private TaskCompletionSource _idle = NewIdle();

    public SpeechSink(CueOptions cues, ISpeechSynthesizer voice, IBeeper beeper, bool beeps, int capacity, TimeProvider time, ILogger<SpeechSink> log)
    {
        _options = cues;
        // Until a session starts, cues name no rest length or rep; each session hands its plan over.
        _cues = new CueBuilder(null, cues);
        _voice = voice;
        _beeper = beeper;
        _beeps = beeps;
        _log = log;
        _time = time;
        _queue = new CueQueue(capacity, time, staleAfter: TimeSpan.FromSeconds(2.5));
        _worker = Task.Run(() => RunAsync(_stop.Token));
    }

    public string Name => "speech";

    /// <summary>The queue, visible so callers can see drops and backlog.</summary>
    public CueQueue Queue => _queue;

    public void OnStarted(SessionStart start) => _cues = CueBuilder.For(start.Plan, _options, start.Settings.Units);

    public void OnPhaseEnded(PhaseSummary summary) => _cues.OnPhaseEnded(summary);

    /// <summary>Queues the cue for <paramref name="cue"/>, if it needs words, and returns at once.</summary>
    public void OnEvent(CoachingEvent cue)
    {
        if (_cues.For(cue) is { } words) _queue.Add(words);
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            IReadOnlyList<Cue> batch;
            try
            {
                batch = await _queue.TakeAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _speaking = true;
            await SayAsync(batch, stop);
            _speaking = false;
            if (_queue.IsEmpty) Interlocked.Exchange(ref _idle, NewIdle()).TrySetResult();
        }
    }

    /// <summary>
    /// Waits until every queued cue has been said, at most <paramref name="limit"/>: the end of a
    /// run should not cut off "workout complete", nor hang on a voice that never returns.
    /// </summary>
    public async Task FlushAsync(TimeSpan limit)
    {
        var idle = Volatile.Read(ref _idle).Task;
        if (!_speaking && _queue.IsEmpty) return;
        try
        {
            await idle.WaitAsync(limit, _time);
        }
        catch (TimeoutException)
        {
            _log.LogDebug("Speech still busy after {Limit}; the rest is not said", limit);
        }
    }

    private static TaskCompletionSource NewIdle() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task SayAsync(IReadOnlyList<Cue> batch, CancellationToken stop)
    {
        var beep = batch.Select(c => c.Beep).DefaultIfEmpty(Beep.None).Max();
        if (beep != Beep.None && (_beeps || !CheckVoice()))
            await Guard("beep", () => _beeper.BeepAsync(beep, stop));
        if (CheckVoice())
            await Guard(_voice.Name, () => _voice.SpeakAsync(SpokenCues.Merge(batch.Select(c => c.Text)), stop));
    }

    /// <summary>Whether the engine can speak; the first call warns (once) when it cannot. Call it at start to warn early.</summary>
    public bool CheckVoice()
    {
        if (_voiceAvailable is { } known) return known;
        _voiceAvailable = _voice.IsAvailable();
        if (_voiceAvailable == false)
            _log.LogWarning("Speech engine {Engine} is not available: {Hint}", _voice.Name, SpeechEngines.InstallHint(_voice));
        return _voiceAvailable.Value;
    }

    private async Task Guard(string what, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The first failure is worth a warning; repeating it for every cue would bury the log.
            if (Interlocked.Increment(ref _failures) == 1) _log.LogWarning(e, "Speech output through {Output} failed; later failures are logged at debug level", what);
            else _log.LogDebug(e, "Speech output through {Output} failed again", what);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _worker;
        _stop.Dispose();
    }
}
