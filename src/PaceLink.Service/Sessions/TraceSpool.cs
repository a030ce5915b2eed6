namespace PaceLink.Service.Sessions;

/// <summary>
/// The stream a session's <c>TraceWriter</c> writes through. The writer hands over one whole
/// record per write; the spool queues it and appends queued records to the file in order. When
/// the disk fails (full, read-only, unplugged) records wait in memory up to a bound and go out
/// with the next write once the disk takes them again, so a short outage loses nothing. A record
/// cut short by a failure is rolled back before the retry, so the file never holds a torn line
/// in the middle. Never throws on I/O failure: coaching must not stop because a disk did.
/// </summary>
/// <param name="open">Opens the file cut back to the given length (the end of the last whole record) and positioned at its end.</param>
/// <param name="maxBufferedBytes">How much to hold in memory during an outage; records beyond it are dropped and counted.</param>
internal sealed class TraceSpool(Func<long, Stream> open, long maxBufferedBytes) : Stream
{
    private readonly object _gate = new();
    private readonly Queue<byte[]> _pending = new();
    private long _pendingBytes;
    private Stream? _target;
    private long _committed;
    private bool _disposed;

    /// <summary>The disk failed; records are being held in memory.</summary>
    public event Action<Exception>? Interrupted;

    /// <summary>Held records reached the disk again; the argument is how many were dropped meanwhile (over the bound).</summary>
    public event Action<long>? Resumed;

    /// <summary>True while records are held back because the disk refuses them.</summary>
    public bool Failing { get; private set; }

    /// <summary>Records waiting for the disk.</summary>
    public int Pending { get { lock (_gate) return _pending.Count; } }

    /// <summary>Records dropped because the memory bound was reached during an outage.</summary>
    public long Dropped { get; private set; }

    private long _droppedThisOutage;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // Make room first: the disk may have come back since the last record.
            if (Failing) Drain();
            if (_pendingBytes + buffer.Length > maxBufferedBytes)
            {
                Dropped++;
                _droppedThisOutage++;
            }
            else
            {
                _pending.Enqueue(buffer.ToArray());
                _pendingBytes += buffer.Length;
            }
            Drain();
        }
    }

    public override void Flush()
    {
        lock (_gate) Drain();
    }

    protected override void Dispose(bool disposing)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            Drain();
            _target?.Dispose();
            _target = null;
        }
        base.Dispose(disposing);
    }

    private void Drain()
    {
        while (_pending.TryPeek(out var record))
        {
            try
            {
                if (_target is null)
                {
                    // The open cuts the file back to the end of the last whole record and positions
                    // there, so whatever a failed write left behind is overwritten.
                    _target = open(_committed);
                    _committed = _target.Position;
                }
                _target.Write(record);
                _target.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
            {
                // Reopen next time: a stream that failed may be broken for good (an unplugged card).
                try { _target?.Dispose(); } catch (IOException) { }
                _target = null;
                if (!Failing)
                {
                    Failing = true;
                    Interrupted?.Invoke(e);
                }
                return;
            }
            _committed += record.Length;
            _pending.Dequeue();
            _pendingBytes -= record.Length;
        }
        if (!Failing) return;
        Failing = false;
        Resumed?.Invoke(_droppedThisOutage);
        _droppedThisOutage = 0;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_disposed;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
