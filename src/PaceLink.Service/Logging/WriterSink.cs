using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace PaceLink.Service.Logging;

/// <summary>Writes formatted events to a <see cref="TextWriter"/> (used for tests and captured output).</summary>
internal sealed class WriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
