using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Service.Storage;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The session's trace file. Each record is flushed as it is written. If the disk fails
/// (full, read-only, unplugged) mid-session, records wait in memory (<see cref="TraceSpool"/>)
/// and reach the file once it takes them again; the user is warned when recording stops and
/// told when it resumes. Coaching never waits for the disk.
/// </summary>
internal sealed class SessionRecorder : IDisposable
{
    private readonly ILogger _logger;
    private TraceWriter? _writer;
    private readonly TraceSpool? _spool;

    private SessionRecorder(TraceWriter? writer, string? path, ILogger logger, TraceSpool? spool = null)
    {
        _writer = writer;
        _spool = spool;
        Path = path;
        _logger = logger;
    }

    /// <summary>The trace file; null when it could not be created.</summary>
    public string? Path { get; }

    public long RecordsWritten { get; private set; }

    /// <summary>About an hour and a half of notifications from two sensors.</summary>
    internal const long MaxBufferedBytes = 8 * 1024 * 1024;

    /// <summary>Creates the file (and its folder) and writes the header.</summary>
    public static SessionRecorder Open(string path, TraceHeader header, ILogger logger)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(path);
            // Unbuffered: a record is in the file or still in the spool, never half in a buffer.
            Stream? created = PrivateFiles.Open(full, FileMode.CreateNew, FileShare.Read, bufferSize: 0);
            var spool = new TraceSpool(length =>
            {
                if (Interlocked.Exchange(ref created, null) is { } first) return first;
                var reopened = PrivateFiles.Open(full, FileMode.OpenOrCreate, FileShare.Read, bufferSize: 0);
                reopened.SetLength(Math.Min(reopened.Length, length));
                reopened.Position = reopened.Length;
                return reopened;
            }, MaxBufferedBytes);
            spool.Interrupted += e => logger.LogWarning(
                "Recording to {Path} is interrupted ({Reason}); coaching goes on and records wait in memory until the disk takes them again", full, e.Message);
            spool.Resumed += dropped => logger.LogWarning(
                "Recording to {Path} resumed; {Dropped} records could not be kept while the disk was unavailable", full, dropped);
            var recorder = new SessionRecorder(new TraceWriter(spool), full, logger, spool);
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
        if (_spool is { Pending: > 0 } spool)
            _logger.LogError("The disk never took the last {Pending} records of {Path}; they are lost", spool.Pending, Path);
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
