using Microsoft.Extensions.Configuration;
using PaceLink.Service.Security;

namespace PaceLink.Service.Hosting;

/// <summary>
/// Loads the configuration in order of precedence, lowest first: appsettings.json next to the
/// program, the user's pacelink.json, PACELINK__ environment variables, the command line.
/// </summary>
public static class ServiceConfiguration
{
    /// <summary>Short command-line switches for the common settings.</summary>
    public static readonly Dictionary<string, string> Switches = new()
    {
        ["--urls"] = "Api:Urls",
        ["--data-folder"] = "DataFolder",
        ["--log-format"] = "Log:Format",
        ["--log-file"] = "Log:File",
        ["--target-pace"] = "Workout:TargetPace",
        ["--workout"] = "Workout:Workout",
        ["--units"] = "Workout:Units",
    };

    /// <summary>Fills <paramref name="configuration"/>; throws <see cref="ServiceConfigurationException"/> for an unreadable file.</summary>
    public static void Load(IConfigurationManager configuration, string[] args, string configDir)
    {
        configuration.Sources.Clear();
        AddJson(configuration, Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        AddJson(configuration, Path.Combine(configDir, ConfigPaths.ConfigFileName));
        configuration.AddEnvironmentVariables("PACELINK__");
        try
        {
            configuration.AddCommandLine(args, Switches);
        }
        catch (FormatException e)
        {
            throw new ServiceConfigurationException([new ConfigError("command line", e.Message)]);
        }
    }

    /// <summary>Binds the options; a value of the wrong type becomes a configuration error naming its key.</summary>
    public static PaceLinkOptions Bind(IConfiguration configuration)
    {
        try
        {
            var options = configuration.Get<PaceLinkOptions>() ?? new PaceLinkOptions();
            ReadSerilogSection(configuration.GetSection("Serilog"), options.Serilog);
            return options;
        }
        catch (InvalidOperationException e)
        {
            // "Failed to convert configuration value 'lots' at 'Workout:Calibration' to type 'System.Double'."
            var match = System.Text.RegularExpressions.Regex.Match(e.Message, "value '(.*)' at '([^']+)' to type 'System\\.(\\w+)'");
            throw new ServiceConfigurationException([match.Success
                ? new ConfigError(match.Groups[2].Value, $"'{match.Groups[1].Value}' is not a {Friendly(match.Groups[3].Value)}")
                : new ConfigError("configuration", e.Message)]);
        }
    }

    /// <summary>
    /// "Serilog:MinimumLevel" may also be a plain level (as Serilog's own configuration reader
    /// takes it, where it wins over "Default"); other keys are noted so validation can name them.
    /// </summary>
    private static void ReadSerilogSection(IConfigurationSection section, SerilogOptions serilog)
    {
        if (section.GetSection(SerilogOptions.Supported).Value is { Length: > 0 } level) serilog.MinimumLevel.Default = level;
        foreach (var child in section.GetChildren())
            if (!string.Equals(child.Key, SerilogOptions.Supported, StringComparison.OrdinalIgnoreCase)) serilog.NoteUnsupported(child.Key);
    }

    private static string Friendly(string type) => type switch
    {
        "Double" => "number",
        "Int32" => "whole number",
        "Boolean" => "true or false",
        _ => type,
    };

    /// <summary>Largest configuration file read; a real one is a few hundred bytes.</summary>
    private const int MaxConfigBytes = 1024 * 1024;

    private static void AddJson(IConfigurationManager configuration, string path)
    {
        string text;
        try
        {
            text = RegularFile.ReadText(path, MaxConfigBytes);
        }
        catch (FileNotFoundException)
        {
            return;
        }
        catch (DirectoryNotFoundException)
        {
            return;
        }
        catch (RegularFileException e)
        {
            throw new ServiceConfigurationException([new ConfigError(path, $"cannot read this configuration file: it {e.Message}")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ServiceConfigurationException([new ConfigError(path, $"cannot read this configuration file: {e.Message}")]);
        }
        try
        {
            configuration.AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or System.Text.Json.JsonException)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new ServiceConfigurationException([new ConfigError(path, $"cannot read this configuration file: {reason}")]);
        }
    }
}
