namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Windows speech through the built-in SAPI voices, driven by PowerShell so the service needs no
/// Windows-only assembly. Voice and text go in on stdin, never on the command line, so a cue cannot inject script.
/// </summary>
public sealed class SapiSynthesizer(string? voice = null) : ISpeechSynthesizer
{
    private const string Program = "powershell";

    private const string Script =
        "Add-Type -AssemblyName System.Speech;" +
        "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;" +
        "$v = [Console]::In.ReadLine(); if ($v) { $s.SelectVoice($v) };" +
        "$s.Speak([Console]::In.ReadToEnd())";

    public string Name => "sapi";

    public bool IsAvailable() => OperatingSystem.IsWindows() && ProcessRunner.Find(Program) is not null;

    public Task SpeakAsync(string text, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(Program, ["-NoProfile", "-NonInteractive", "-Command", Script], $"{voice}\n{text}", cancellationToken);
}
