using System.Globalization;

namespace PaceLink.Service.Sessions;

/// <summary>
/// Where traces go by default: the user's data folder, <c>$XDG_DATA_HOME/pacelink/sessions</c>
/// (else <c>~/.local/share/pacelink/sessions</c>) on Linux, <c>%LOCALAPPDATA%\PaceLink\sessions</c> on Windows.
/// </summary>
public static class SessionFolder
{
    /// <summary>The default folder for this user and platform.</summary>
    public static string Default()
    {
        // .NET maps LocalApplicationData to $XDG_DATA_HOME or ~/.local/share on Linux and to %LOCALAPPDATA% on Windows.
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(data))
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, OperatingSystem.IsWindows() ? "PaceLink" : "pacelink", "sessions");
    }

    /// <summary>A new trace file name in <paramref name="folder"/>, like <c>2026-05-01_0630_10k-simulated.jsonl</c>; never an existing file.</summary>
    public static string NewTracePath(string folder, DateTimeOffset startedUtc, string label)
    {
        var safe = new string(label.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
        var stem = string.Create(CultureInfo.InvariantCulture, $"{startedUtc.ToLocalTime():yyyy-MM-dd_HHmmss}_{safe}");
        var path = Path.Combine(folder, stem + ".jsonl");
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.jsonl"));
        return path;
    }
}
