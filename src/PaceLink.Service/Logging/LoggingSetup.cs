using PaceLink.Service.Hosting;
using PaceLink.Service.Storage;
using Serilog;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Sinks.SystemConsole.Themes;

namespace PaceLink.Service.Logging;

/// <summary>
/// Builds the Serilog logger in code: levels from the standard "Serilog:MinimumLevel" section
/// (<see cref="MinimumLevelOptions"/>), the console and rolling-file outputs described by
/// <see cref="LogOptions"/>. No sink is loaded by name, so it works in the native build too. Under systemd the console
/// gets no colours and a syslog priority prefix so journald records levels properly.
/// </summary>
internal static class LoggingSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>True when systemd started us (it sets INVOCATION_ID; JOURNAL_STREAM when stdout goes to the journal).</summary>
    public static bool UnderSystemd() =>
        Environment.GetEnvironmentVariable("INVOCATION_ID") is not null
        || Environment.GetEnvironmentVariable("JOURNAL_STREAM") is not null;

    public static LoggerConfiguration Configure(
        LoggerConfiguration logger, LogOptions options, MinimumLevelOptions levels, SecretRedactor redactor, TextWriter? console = null)
    {
        LogLevels.Apply(logger, levels)
            .Enrich.FromLogContext()
            .Enrich.With(redactor);
        var json = options.Format == "json";
        if (options.Console) AddConsole(logger, json, console);
        if (!string.IsNullOrWhiteSpace(options.File))
        {
            ITextFormatter? formatter = json ? new CompactJsonFormatter() : null;
            PrivateLogFile.PrepareFolder(options.File);
            if (formatter is not null)
                logger.WriteTo.File(formatter, options.File, rollingInterval: RollingInterval.Day, retainedFileCountLimit: options.RetainedFiles, hooks: PrivateLogFile.Hooks);
            else
                logger.WriteTo.File(options.File, outputTemplate: TextTemplate, rollingInterval: RollingInterval.Day, retainedFileCountLimit: options.RetainedFiles, hooks: PrivateLogFile.Hooks);
        }
        return logger;
    }

    private static void AddConsole(LoggerConfiguration logger, bool json, TextWriter? console)
    {
        if (console is not null)
        {
            // Tests and the CLI hand us a writer: same formats, no colours.
            logger.WriteTo.Sink(new WriterSink(console, json ? new CompactJsonFormatter() : new JournalFormatter(prefix: false)));
            return;
        }
        if (json) logger.WriteTo.Console(new CompactJsonFormatter());
        else if (UnderSystemd()) logger.WriteTo.Console(new JournalFormatter(prefix: true));
        else logger.WriteTo.Console(outputTemplate: TextTemplate, theme: AnsiConsoleTheme.Code);
    }
}
