using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The session's trace file. Each record is flushed as it is written. If the disk fails
/// (full, unplugged), the failure is logged once and coaching goes on without recording:
/// the records already written stay readable.
/// </summary>
internal sealed class SessionRecorder : IDisposable
{
    private readonly ILogger _logger;
    private TraceWriter? _writer;

    private SessionRecorder(TraceWriter? writer, string? path, ILogger logger)
    {
        _writer = writer;
        Path = path;
        _logger = logger;
    }

    /// <summary>The trace file; null when it could not be created.</summary>
    public string? Path { get; }

    public long RecordsWritten { get; private set; }

    /// <summary>Creates the file (and its folder) and writes the header.</summary>
    public static SessionRecorder Open(string path, TraceHeader header, ILogger logger)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            var recorder = new SessionRecorder(new TraceWriter(stream), full, logger);
            recorder.Write(w => w.WriteHeader(header));
            return recorder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            logger.LogError(e, "Cannot record the session to {Path}; coaching without a trace", path);
            return new SessionRecorder(null, null, logger);
        }
    }

    public void Notification(Notification n) => Write(w => w.WriteNotification(n));
    public void Link(TimeSpan t, SensorLinkChange change) => Write(w => w.WriteLink(t, change.Sensor, change.State));
    public void Command(TimeSpan t, CoachCommand command) => Write(w => w.WriteCommand(t, command));
    public void Event(CoachingEvent e) => Write(w => w.WriteEvent(e));

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
    }

    private void Write(Action<TraceWriter> write)
    {
        if (_writer is null) return;
        try
        {
            write(_writer);
            RecordsWritten++;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            _logger.LogError(e, "Writing the trace {Path} failed after {Records} records; coaching goes on without recording", Path, RecordsWritten);
            _writer.Dispose();
            _writer = null;
        }
    }
}
