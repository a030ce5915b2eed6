using PaceLink.Cli.Options;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Sessions;

namespace PaceLink.Cli.Hosting;

/// <summary>
/// The speech of one live run: the same <see cref="SpeechSink"/> the service uses (or WAV files
/// with <c>--speech-to</c>), started before the session and finished after it so the last cue
/// ("workout complete") is heard in full.
/// </summary>
internal sealed class RunSpeech
{
    private readonly SpeechSink? _voice;
    private readonly SpeechFileSink? _files;
    private readonly string? _folder;

    private RunSpeech(SpeechSink? voice, SpeechFileSink? files, string? folder)
    {
        _voice = voice;
        _files = files;
        _folder = folder;
    }

    /// <summary>The engine's options for <paramref name="settings"/>: the halfway mark only when its cue is switched on.</summary>
    public static PaceLink.Core.Engine.CoachingOptions EngineOptions(PaceLink.Core.Workout.WorkoutSettings settings, SpeechChoice choice) =>
        settings.ToOptions() with { HalfwaySplit = choice.Cues.HalfwaySplit };

    /// <summary>The sinks to hand the session: none when quiet.</summary>
    public IReadOnlyList<ICoachingSink> Sinks => _voice is not null ? [_voice] : _files is not null ? [_files] : [];

    /// <summary>Sets up speech for <paramref name="choice"/>; a missing engine is one warning on stderr, and the run goes on.</summary>
    public static RunSpeech Start(CliOutput io, RunEnvironment env, SpeechChoice choice)
    {
        if (choice.Folder is { } folder)
        {
            var renderer = env.Voice(choice);
            if (!renderer.IsAvailable())
            {
                io.Error.WriteLine($"warning: --speech-to writes nothing: {SpeechEngines.InstallHint(renderer)}");
                return new RunSpeech(null, null, null);
            }
            Directory.CreateDirectory(folder);
            io.Out.WriteLine($"Writing each spoken cue as a WAV file to {Path.GetFullPath(folder)}");
            return new RunSpeech(null, new SpeechFileSink(renderer, folder, TextWriterLogging.For<SpeechFileSink>(io.Error), choice.Cues), folder);
        }
        if (choice.Quiet) return new RunSpeech(null, null, null);
        var engine = env.Voice(choice);
        var sink = new SpeechSink(choice.Cues, engine, env.Beeper(), choice.Beeps,
            capacity: 4, env.Time, TextWriterLogging.For<SpeechSink>(io.Error));
        if (sink.CheckVoice())
            io.Out.WriteLine($"Speaking cues through {engine.Name} ({choice.Voice ?? "default voice"}, {choice.Rate} words/min); --quiet switches speech off");
        return new RunSpeech(sink, null, null);
    }

    /// <summary>Lets the voice finish (at most a few seconds) or writes every pending WAV, then stops.</summary>
    public async Task FinishAsync(CliOutput io)
    {
        if (_voice is not null)
        {
            await _voice.FlushAsync(TimeSpan.FromSeconds(10));
            await _voice.DisposeAsync();
        }
        if (_files is not null)
        {
            await _files.DisposeAsync();
            var failed = _files.Failed > 0 ? $" ({_files.Failed} could not be written)" : "";
            io.Out.WriteLine($"Spoken cues: {_files.Written} WAV files in {Path.GetFullPath(_folder!)}{failed}");
        }
    }
}
