using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Writes every cue as its own WAV file in a folder instead of playing it: for a box without
/// speakers, and so the spoken session can be checked. Unlike the live voice nothing is merged or
/// dropped, since a file is never late; files are named in speaking order with the session time
/// (<see cref="CueScript.WavName"/>). Rendering runs on a worker so the session never waits for it.
/// </summary>
public sealed class SpeechFileSink : ICoachingSink, IAsyncDisposable
{
    private readonly ISpeechRenderer _voice;
    private readonly string _folder;
    private readonly ILogger _log;
    private readonly Channel<(int Sequence, ScriptLine Line)> _pending = Channel.CreateUnbounded<(int, ScriptLine)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _worker;
    private readonly CueOptions _options;
    private CueBuilder _cues;
    private int _sequence;
    private int _written;
    private int _failed;

    public SpeechFileSink(ISpeechRenderer voice, string folder, ILogger<SpeechFileSink> log, CueOptions? cues = null)
    {
        _options = cues ?? new CueOptions();
        _cues = new CueBuilder(null, _options);
        _voice = voice;
        _folder = folder;
        _log = log;
        _worker = Task.Run(RunAsync);
    }

    public string Name => "speech-to";

    /// <summary>Cues written so far.</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Cues the engine failed to render (each logged).</summary>
    public int Failed => Volatile.Read(ref _failed);

    public void OnStarted(SessionStart start) => _cues = CueBuilder.For(start.Plan, _options, start.Settings.Units);

    public void OnPhaseEnded(PhaseSummary summary) => _cues.OnPhaseEnded(summary);

    public void OnEvent(CoachingEvent cue)
    {
        if (_cues.For(cue) is { } words) _pending.Writer.TryWrite((++_sequence, new ScriptLine(cue.At, words.Text, cue)));
    }

    private async Task RunAsync()
    {
        await foreach (var (sequence, line) in _pending.Reader.ReadAllAsync())
        {
            var path = Path.Combine(_folder, CueScript.WavName(sequence, line));
            try
            {
                await _voice.RenderAsync(line.Say, path, CancellationToken.None);
                Interlocked.Increment(ref _written);
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref _failed);
                _log.LogWarning(e, "Could not write cue {File} through {Engine}", path, _voice.Name);
            }
        }
    }

    /// <summary>Writes every cue still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _worker;
    }
}
