using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Cli.Tests.Support;

/// <summary>A speech engine that keeps what it was asked to say; rendering writes the words into the file.</summary>
public sealed class RecordingVoice(bool available = true) : ISpeechRenderer, IBeeper
{
    private readonly Lock _gate = new();
    private readonly List<string> _said = [];

    public string Name => "espeak-ng";

    public IReadOnlyList<string> Said { get { lock (_gate) return [.. _said]; } }

    public bool IsAvailable() => available;

    public Task SpeakAsync(string text, CancellationToken cancellationToken)
    {
        lock (_gate) _said.Add(text);
        return Task.CompletedTask;
    }

    public Task RenderAsync(string text, string wavPath, CancellationToken cancellationToken)
    {
        lock (_gate) _said.Add(text);
        return File.WriteAllTextAsync(wavPath, text, cancellationToken);
    }

    public Task BeepAsync(Beep beep, CancellationToken cancellationToken) => Task.CompletedTask;
}
