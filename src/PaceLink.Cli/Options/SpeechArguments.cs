using System.CommandLine;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Hosting;

namespace PaceLink.Cli.Options;

/// <summary>How a live run speaks: the engine, voice and rate, or WAV files, or nothing.</summary>
public sealed record SpeechChoice(bool Quiet, string Engine, string? Voice, int Rate, bool Beeps, string? Folder)
{
    /// <summary>Which cues are said (the configuration's Speech:Cues).</summary>
    public CueOptions Cues { get; init; } = new();
}

/// <summary>
/// <c>--quiet</c>, <c>--voice NAME</c>, <c>--rate WPM</c>, <c>--no-beeps</c>, <c>--speech-to DIR</c>: the speech
/// options of the live verbs. Defaults come from the configuration's Speech section, as for the service.
/// </summary>
internal sealed class SpeechArguments
{
    public Option<bool> Quiet { get; } = new("--quiet") { Description = "do not speak the cues" };
    public Option<string?> Voice { get; } = new("--voice") { Description = "speech voice (espeak-ng -v NAME, or a Windows voice name)" };
    public Option<int?> Rate { get; } = new("--rate") { Description = "speaking rate in words per minute (80-450, default 185)" };
    public Option<bool> NoBeeps { get; } = new("--no-beeps") { Description = "no beeps on go, at rep ends and on the last seconds of a countdown" };
    public Option<string?> SpeechTo { get; } = new("--speech-to") { Description = "write each spoken cue as a WAV file in this folder instead of playing it" };

    public void AddTo(Command command)
    {
        command.Options.Add(Quiet);
        command.Options.Add(Voice);
        command.Options.Add(Rate);
        command.Options.Add(NoBeeps);
        command.Options.Add(SpeechTo);
    }

    /// <summary>The choice from the command line over <paramref name="configured"/>; false with one sentence when it cannot be used.</summary>
    public bool TryResolve(ParseResult result, SpeechOptions configured, out SpeechChoice choice, out string error)
    {
        var quiet = result.GetValue(Quiet) || !configured.Enabled || configured.Engine == "none";
        var rate = result.GetValue(Rate) ?? configured.Rate;
        var folder = result.GetValue(SpeechTo);
        choice = new SpeechChoice(quiet && folder is null, configured.Engine, result.GetValue(Voice) ?? configured.Voice, rate,
            configured.Beeps && !result.GetValue(NoBeeps), folder) { Cues = configured.Cues };
        error = "";
        if (rate is < 80 or > 450)
        {
            error = $"--rate must be between 80 and 450 words a minute, not {rate}";
            return false;
        }
        if (folder is not null && File.Exists(folder))
        {
            error = $"--speech-to: '{folder}' is a file; give a folder for the cue recordings";
            return false;
        }
        return true;
    }
}
