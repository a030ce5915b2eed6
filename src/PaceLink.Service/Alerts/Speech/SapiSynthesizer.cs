namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Windows speech through the built-in SAPI voices, driven by PowerShell so the service needs no
/// Windows-only assembly. Voice, rate, output file and text go in on stdin, never on the command
/// line, so a cue cannot inject script.
/// </summary>
internal sealed class SapiSynthesizer(string? voice = null, int rate = SpeechEngines.DefaultRate) : ISpeechRenderer
{
    private const string Program = "powershell";

    private const string Script =
        "Add-Type -AssemblyName System.Speech;" +
        "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;" +
        "$v = [Console]::In.ReadLine(); if ($v) { $s.SelectVoice($v) };" +
        "$s.Rate = [int][Console]::In.ReadLine();" +
        "$w = [Console]::In.ReadLine(); if ($w) { $s.SetOutputToWaveFile($w) };" +
        "$s.Speak([Console]::In.ReadToEnd()); $s.Dispose()";

    public string Name => "sapi";

    public bool IsAvailable() => OperatingSystem.IsWindows() && ProcessRunner.Find(Program) is not null;

    public Task SpeakAsync(string text, CancellationToken cancellationToken) => Run(text, wavPath: "", cancellationToken);

    public Task RenderAsync(string text, string wavPath, CancellationToken cancellationToken) => Run(text, wavPath, cancellationToken);

    /// <summary>SAPI's rate runs from -10 to 10 with 0 near 180 words a minute; each step is roughly 10 % faster.</summary>
    public static int SapiRate(int wordsPerMinute) =>
        Math.Clamp((int)Math.Round(Math.Log(wordsPerMinute / 180.0) / Math.Log(1.1)), -10, 10);

    private Task Run(string text, string wavPath, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(Program, ["-NoProfile", "-NonInteractive", "-Command", Script],
            $"{voice}\n{SapiRate(rate)}\n{wavPath}\n{text}", cancellationToken);
}
