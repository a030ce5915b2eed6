using PaceLink.Service.Hosting;
using Serilog;
using Serilog.Events;

namespace PaceLink.Service.Logging;

/// <summary>Serilog levels as configuration writes them ("Information", "warning").</summary>
internal static class LogLevels
{
    /// <summary>A Serilog level name, any case; numbers are refused (Enum.TryParse would take "7").</summary>
    public static bool TryParse(string? text, out LogEventLevel level)
    {
        level = LogEventLevel.Information;
        return text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && !text.Trim().StartsWith('-')
            && Enum.TryParse(text.Trim(), ignoreCase: true, out level) && Enum.IsDefined(level);
    }

    /// <summary>Applies validated levels (see OptionsValidator) to the logger.</summary>
    public static LoggerConfiguration Apply(LoggerConfiguration logger, MinimumLevelOptions levels)
    {
        logger.MinimumLevel.Is(TryParse(levels.Default, out var level) ? level : LogEventLevel.Information);
        foreach (var (source, text) in levels.Override)
            if (TryParse(text, out var sourceLevel)) logger.MinimumLevel.Override(source, sourceLevel);
        return logger;
    }
}
