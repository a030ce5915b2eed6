namespace PaceLink.Service.Alerts.Speech;

/// <summary>A speech engine that can write its words to a WAV file instead of the speakers.</summary>
public interface ISpeechRenderer : ISpeechSynthesizer
{
    Task RenderAsync(string text, string wavPath, CancellationToken cancellationToken);
}
