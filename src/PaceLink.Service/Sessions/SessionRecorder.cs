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

    /// <summary>
    /// Creates the trace file (and its folder), private to the user; throws
    /// <see cref="TraceUnavailableException"/> when it cannot. <paramref name="open"/> replaces the
    /// disk (tests); <see cref="Begin"/> writes the header.
    /// </summary>
    public static SessionRecorder Create(string path, ILogger logger, Func<string, FileMode, Stream>? open = null)
    {
        open ??= (file, mode) => PrivateFiles.Open(file, mode, FileShare.Read, bufferSize: 0);
        string full;
        Stream? created;
        try
        {
            full = System.IO.Path.GetFullPath(path);
            // Unbuffered: a record is in the file or still in the spool, never half in a buffer.
            created = open(full, FileMode.CreateNew);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new TraceUnavailableException(path, e);
        }
        var spool = new TraceSpool(length =>
        {
            if (Interlocked.Exchange(ref created, null) is { } first) return first;
            var reopened = open(full, FileMode.OpenOrCreate);
            reopened.SetLength(Math.Min(reopened.Length, length));
            reopened.Position = reopened.Length;
            return reopened;
        }, MaxBufferedBytes);
        spool.Interrupted += e => logger.LogWarning(
            "Recording to {Path} is interrupted ({Reason}); coaching goes on and records wait in memory until the disk takes them again", full, e.Message);
        spool.Resumed += dropped => logger.LogWarning(
            "Recording to {Path} resumed; {Dropped} records could not be kept while the disk was unavailable", full, dropped);
        return new SessionRecorder(new TraceWriter(spool), full, logger, spool);
    }

    /// <summary>As <see cref="Create"/>, but a trace that cannot be created leaves a recorder that records nothing (coaching goes on).</summary>
    public static SessionRecorder CreateOrNone(string path, ILogger logger, Func<string, FileMode, Stream>? open = null)
    {
        try
        {
            return Create(path, logger, open);
        }
        catch (TraceUnavailableException e)
        {
            logger.LogError(e.InnerException, "Cannot record the session to {Path}; coaching without a trace", path);
            return new SessionRecorder(null, null, logger);
        }
    }

    /// <summary>Writes the trace's header, its first record.</summary>
    public void Begin(TraceHeader header) => Write(w => w.WriteHeader(header));

    /// <summary>Records the disk never took: still held in memory at the end, or dropped over the memory bound.</summary>
    public long RecordsLost { get; private set; }

    public void Notification(Notification n) => Write(w => w.WriteNotification(n));
    public void Relayed(Core.Relay.RelayedValue v) => Write(w => w.WriteRelayed(v.At, v.Sensor, v.Characteristic, v.Payload));
    public void Link(LinkChange change) => Write(w => w.WriteLink(change));
    public void Command(TimeSpan t, CoachCommand command) => Write(w => w.WriteCommand(t, command));
    public void Event(CoachingEvent e) => Write(w => w.WriteEvent(e));

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
        if (_spool is not { } spool) return;
        RecordsLost = spool.Pending + spool.Dropped;
        if (spool.Pending > 0)
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
