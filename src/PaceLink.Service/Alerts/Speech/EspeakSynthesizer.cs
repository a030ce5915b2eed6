namespace PaceLink.Service.Alerts.Speech;

/// <summary>Linux speech through the espeak-ng program (Debian package espeak-ng).</summary>
public sealed class EspeakSynthesizer(string? voice = null, string program = "espeak-ng", int rate = SpeechEngines.DefaultRate) : ISpeechRenderer
{
    public string Name => "espeak-ng";

    public bool IsAvailable() => ProcessRunner.Find(program) is not null;

    public Task SpeakAsync(string text, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(program, Arguments(text, wavPath: null), stdin: null, cancellationToken);

    /// <summary>Writes the spoken <paramref name="text"/> to a WAV file instead of the speakers.</summary>
    public Task RenderAsync(string text, string wavPath, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(program, Arguments(text, wavPath), stdin: null, cancellationToken);

    private List<string> Arguments(string text, string? wavPath)
    {
        var args = new List<string> { "-s", rate.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(voice)) args.AddRange(["-v", voice]);
        if (wavPath is not null) args.AddRange(["-w", wavPath]);
        // "--" so a cue can never be read as an option.
        args.AddRange(["--", text]);
        return args;
    }
}
