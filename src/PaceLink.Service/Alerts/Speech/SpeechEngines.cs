namespace PaceLink.Service.Alerts.Speech;

/// <summary>The one place that picks the speech engine for a platform and the configured choice.</summary>
public static class SpeechEngines
{
    /// <summary>Words per minute when nothing is configured: brisk enough that "three, two, one" fits its seconds.</summary>
    public const int DefaultRate = 185;

    /// <summary>The engine for <paramref name="engine"/> (auto | espeak-ng | sapi).</summary>
    public static ISpeechRenderer For(string engine, string? voice, int rate) => engine switch
    {
        "espeak-ng" => new EspeakSynthesizer(voice, rate: rate),
        "sapi" => new SapiSynthesizer(voice, rate),
        _ when OperatingSystem.IsWindows() => new SapiSynthesizer(voice, rate),
        _ => new EspeakSynthesizer(voice, rate: rate),
    };

    /// <summary>What to tell a user whose machine cannot speak, in one sentence.</summary>
    public static string InstallHint(ISpeechSynthesizer engine) => engine.Name switch
    {
        "sapi" => "no Windows voice is available (Windows PowerShell with System.Speech is needed) — cues will be beeps only",
        _ => "install espeak-ng to hear cues (apt-get install espeak-ng) — cues will be beeps only",
    };
}
