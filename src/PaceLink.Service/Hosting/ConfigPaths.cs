namespace PaceLink.Service.Hosting;

/// <summary>
/// Where PaceLink keeps its per-user files. The configuration folder holds pacelink.json and the
/// API token. It follows the platform's conventions.
/// </summary>
public static class ConfigPaths
{
    /// <summary>Environment variable that moves the configuration folder (tests, services, portable installs).</summary>
    public const string ConfigDirVariable = "PACELINK_CONFIG_DIR";

    /// <summary>The user configuration file's name inside the configuration folder.</summary>
    public const string ConfigFileName = "pacelink.json";

    /// <summary>The API token's file name inside the configuration folder.</summary>
    public const string TokenFileName = "token";

    /// <summary>~/.config/pacelink (or $XDG_CONFIG_HOME/pacelink, %APPDATA%\PaceLink), unless PACELINK_CONFIG_DIR says otherwise.</summary>
    public static string ConfigDir()
    {
        var overridden = Environment.GetEnvironmentVariable(ConfigDirVariable);
        if (!string.IsNullOrWhiteSpace(overridden)) return Path.GetFullPath(overridden);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "PaceLink");
        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        var root = string.IsNullOrWhiteSpace(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config")
            : xdg;
        return Path.Combine(root, "pacelink");
    }

    /// <summary>The user configuration file: &lt;config dir&gt;/pacelink.json.</summary>
    public static string UserConfigFile() => Path.Combine(ConfigDir(), ConfigFileName);
}
