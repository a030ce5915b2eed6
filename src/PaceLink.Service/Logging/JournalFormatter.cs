using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace PaceLink.Service.Logging;

/// <summary>
/// Plain one-line text for journald: "&lt;6&gt;Phase rep started …". journald reads the sd-daemon
/// "&lt;N&gt;" prefix as the syslog priority and adds its own timestamp, so we write none.
/// </summary>
internal sealed class JournalFormatter(bool prefix) : ITextFormatter
{
    // "lj": strings as they are (no quotes), structures as JSON.
    private static readonly MessageTemplateTextFormatter Message = new("{Message:lj}");

    public void Format(LogEvent logEvent, TextWriter output)
    {
        if (prefix) output.Write($"<{Priority(logEvent.Level)}>");
        else output.Write($"[{logEvent.Level.ToString().ToUpperInvariant()[..3]}] ");
        Message.Format(logEvent, output);
        output.WriteLine();
        if (logEvent.Exception is { } e)
        {
            // One line per exception line keeps each journald record prefixed at the same priority.
            foreach (var line in e.ToString().Split('\n'))
            {
                if (prefix) output.Write($"<{Priority(logEvent.Level)}>");
                output.WriteLine(line.TrimEnd('\r'));
            }
        }
    }

    /// <summary>Serilog level to syslog priority (3 err … 7 debug).</summary>
    public static int Priority(LogEventLevel level) => level switch
    {
        LogEventLevel.Fatal => 2,
        LogEventLevel.Error => 3,
        LogEventLevel.Warning => 4,
        LogEventLevel.Information => 6,
        _ => 7,
    };
}
