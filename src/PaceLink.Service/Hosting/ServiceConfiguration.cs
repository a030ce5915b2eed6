using Microsoft.Extensions.Configuration;

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
            return configuration.Get<PaceLinkOptions>() ?? new PaceLinkOptions();
        }
        catch (InvalidOperationException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            throw new ServiceConfigurationException([new ConfigError("configuration", detail)]);
        }
    }

    private static void AddJson(IConfigurationManager configuration, string path)
    {
        try
        {
            configuration.AddJsonFile(path, optional: true, reloadOnChange: false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or FormatException)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new ServiceConfigurationException([new ConfigError(path, $"cannot read this configuration file: {reason}")]);
        }
    }
}
