using PaceLink.Service.Security;

namespace PaceLink.Service.Coach.Mqtt;

/// <summary>Mqtt:CredentialsFile: "user:password" on the first line, so the password never sits in pacelink.json or a process list.</summary>
internal static class MqttCredentials
{
    /// <summary>Null without a file; throws <see cref="RegularFileException"/> or <see cref="FormatException"/> for a file that is not usable.</summary>
    public static (string User, string Password)? Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var text = RegularFile.ReadText(path, 4096);
        var line = text.Split('\n')[0].TrimEnd('\r');
        var colon = line.IndexOf(':');
        if (colon <= 0) throw new FormatException("its first line must be user:password");
        return (line[..colon], line[(colon + 1)..]);
    }
}
