namespace PaceLink.Service.Alerts.Speech;

/// <summary>Something that can say words out loud (espeak-ng, Windows SAPI, a test fake).</summary>
public interface ISpeechSynthesizer
{
    /// <summary>Name for logs ("espeak-ng").</summary>
    string Name { get; }

    /// <summary>False when the engine is not installed: the sink then warns once and falls back to beeps.</summary>
    bool IsAvailable();

    /// <summary>Says <paramref name="text"/>; completes when it has been said.</summary>
    Task SpeakAsync(string text, CancellationToken cancellationToken);
}

/// <summary>Plays a short tone.</summary>
public interface IBeeper
{
    bool IsAvailable();

    Task BeepAsync(Beep beep, CancellationToken cancellationToken);
}

/// <summary>Says nothing: used when speech is switched off.</summary>
public sealed class SilentSynthesizer : ISpeechSynthesizer, IBeeper
{
    public string Name => "none";
    public bool IsAvailable() => false;
    public Task SpeakAsync(string text, CancellationToken cancellationToken) => Task.CompletedTask;
    public Task BeepAsync(Beep beep, CancellationToken cancellationToken) => Task.CompletedTask;
}
