using PaceLink.Service.Coach.Mqtt;
using PaceLink.Service.Security;

namespace PaceLink.Service.Hosting;

/// <summary>The checks of the Mqtt and Coach sections, as one sentence per problem (docs/coach.md).</summary>
internal static class CoachOptionsCheck
{
    public static readonly string[] SpeechChoices = ["countdown", "names", "off"];

    public static void Validate(PaceLinkOptions options, List<ConfigError> errors)
    {
        if (!SpeechChoices.Contains(options.Coach.Speech))
            errors.Add(new ConfigError("Coach:Speech", $"unknown group speech '{options.Coach.Speech}'; use countdown, names or off"));
        var m = options.Mqtt;
        if (m.QueueCapacity is < 10 or > 1_000_000)
            errors.Add(new ConfigError("Mqtt:QueueCapacity", "must be between 10 and 1000000 messages"));
        if (!string.IsNullOrWhiteSpace(m.Host) && !Coach.AthleteName.IsValid(m.Host))
            errors.Add(new ConfigError("Mqtt:Host", $"'{m.Host}' is not a host name for the messages; use letters, digits, - and _"));
        if (string.IsNullOrWhiteSpace(m.Url))
        {
            if (m.Subscribe) errors.Add(new ConfigError("Mqtt:Subscribe", "needs Mqtt:Url, the broker to subscribe to"));
            return;
        }
        if (!Uri.TryCreate(m.Url, UriKind.Absolute, out var url) || url.Scheme is not ("mqtt" or "mqtts") || url.Host.Length == 0)
        {
            errors.Add(new ConfigError("Mqtt:Url", $"'{m.Url}' is not a broker URL; write it like mqtt://broker:1883 or mqtts://broker:8883"));
            return;
        }
        if (!string.IsNullOrWhiteSpace(m.CaFile))
        {
            if (url.Scheme != "mqtts") errors.Add(new ConfigError("Mqtt:CaFile", "is only used with an mqtts:// URL"));
            else if (!File.Exists(m.CaFile)) errors.Add(new ConfigError("Mqtt:CaFile", $"there is no file '{m.CaFile}'"));
        }
        try
        {
            MqttCredentials.Read(m.CredentialsFile);
        }
        catch (RegularFileException e)
        {
            errors.Add(new ConfigError("Mqtt:CredentialsFile", $"cannot read '{m.CredentialsFile}': it {e.Message}"));
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            errors.Add(new ConfigError("Mqtt:CredentialsFile", $"cannot read '{m.CredentialsFile}': {e.Message}"));
        }
    }
}
