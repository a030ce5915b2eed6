using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PaceLink.Core.Recording;

/// <summary>
/// The lines of a trace as UTF-8 bytes, split as <see cref="TextReader.ReadLine"/> splits them (LF,
/// CRLF or a lone CR), so line numbers agree with every other reader of traces. A file is read
/// through one pooled buffer that only grows for a line longer than itself: no string per line.
/// A line is valid until the next read. Not thread-safe.
/// </summary>
internal sealed class TraceLines : IDisposable
{
    private const int DefaultBufferSize = 64 * 1024;
    private readonly Stream? _stream;
    private readonly TextReader? _text;
    private byte[] _buffer;
    private int _start;        // the first unread byte
    private int _end;          // one past the last byte read from the source
    private int _scanned;      // bytes after _start already known to hold no line end
    private bool _endOfSource;
    private bool _atStart = true;
    private bool _dropLeadingLf; // the last line ended in a CR at the end of the buffer: a following LF is part of it

    /// <summary>A file's bytes; a UTF-8 byte-order mark at the start is skipped unless <paramref name="skipByteOrderMark"/> is false.</summary>
    public TraceLines(Stream stream, int bufferSize = DefaultBufferSize, bool skipByteOrderMark = true)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 16));
        _atStart = skipByteOrderMark;
    }

    /// <summary>Text already decoded (tests, pipes): each line is encoded into the same pooled buffer.</summary>
    public TraceLines(TextReader reader)
    {
        _text = reader;
        _buffer = ArrayPool<byte>.Shared.Rent(1024);
    }

    /// <summary>
    /// Whether the line last read ended in a line end; false for a last line cut off without one
    /// (the writer ends every record with a line feed, so that is where a recording stopped).
    /// Known for bytes only: decoded text does not say.
    /// </summary>
    public bool LastLineEnded { get; private set; }

    /// <summary>The next line without its line end; false at the end of the source.</summary>
    /// <exception cref="IOException">The source could not be read.</exception>
    public bool TryRead(out ReadOnlySpan<byte> line) => _text is null ? TryReadBytes(out line) : TryReadText(out line);

    private bool TryReadText(out ReadOnlySpan<byte> line)
    {
        line = default;
        if (_text!.ReadLine() is not { } text) return false;
        var size = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (size > _buffer.Length) Grow(size);
        line = _buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, _buffer));
        return true;
    }

    private bool TryReadBytes(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            if (_dropLeadingLf && _start < _end)
            {
                if (_buffer[_start] == (byte)'\n') _start++;
                _dropLeadingLf = false;
            }
            var unread = _buffer.AsSpan(_start, _end - _start);
            var at = unread[_scanned..].IndexOfAny((byte)'\r', (byte)'\n');
            if (at >= 0)
            {
                at += _scanned;
                line = unread[..at];
                var skip = 1;
                if (unread[at] == (byte)'\r')
                {
                    if (at + 1 < unread.Length) skip = unread[at + 1] == (byte)'\n' ? 2 : 1;
                    else _dropLeadingLf = true;
                }
                _start += at + skip;
                _scanned = 0;
                LastLineEnded = true;
                line = Valid(line);
                return true;
            }
            _scanned = unread.Length;
            if (_endOfSource)
            {
                _dropLeadingLf = false;
                if (unread.IsEmpty)
                {
                    line = default;
                    return false;
                }
                _start = _end;
                _scanned = 0;
                LastLineEnded = false;
                line = Valid(unread);
                return true;
            }
            Fill();
        }
    }

    /// <summary>Moves the unread bytes to the front (growing the buffer when a line fills it) and reads more.</summary>
    private void Fill()
    {
        var unread = _end - _start;
        if (unread == _buffer.Length) Grow(_buffer.Length * 2);
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, unread).CopyTo(_buffer);
        }
        _start = 0;
        _end = unread;
        var read = _stream!.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _endOfSource = true;
        _end += read;
        if (_atStart && (_end >= 3 || _endOfSource))
        {
            _atStart = false;
            if (_buffer.AsSpan(0, _end).StartsWith(Encoding.UTF8.Preamble)) _start = 3;
        }
    }

    private void Grow(int size)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(_start, _end - _start).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
        _end -= _start;
        _start = 0;
    }

    /// <summary>
    /// Invalid UTF-8 becomes U+FFFD, as a <see cref="StreamReader"/> decodes it, so a damaged byte
    /// gives the same record or the same warning as before. Only such a line is copied.
    /// </summary>
    private static ReadOnlySpan<byte> Valid(ReadOnlySpan<byte> line) =>
        Utf8.IsValid(line) ? line : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line));

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}
