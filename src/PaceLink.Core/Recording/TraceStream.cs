using System.Text;
using System.Text.Json;

namespace PaceLink.Core.Recording;

/// <summary>
/// Trace format v1 read as it goes: the header on opening, then the records one at a time, so a
/// long trace never sits in memory whole. Warnings are those of <see cref="TraceReader"/> and appear
/// as the lines are passed (a cut-off last line only once the end is reached). Single pass.
/// Lines are read as UTF-8 bytes through one pooled buffer (<see cref="TraceLines"/>) and parsed in
/// place (<see cref="TraceRecordParser"/>): reading a notification allocates nothing.
/// </summary>
public sealed class TraceStream
{
    private readonly TraceLines _lines;
    private readonly TraceRecordParser _parser = new();
    private readonly List<TraceProblem> _warnings = [];
    private int _lineNo;
    private bool _started;
    private bool _ended;
    private (int Line, string Message)? _pendingDamage;

    private TraceStream(TraceLines lines) => _lines = lines;

    /// <summary>The header, or null when the trace is unusable (see <see cref="Error"/>).</summary>
    public TraceHeader? Header { get; private set; }

    /// <summary>Why the trace cannot be used (no header, not v1, the file could not be read); null otherwise.</summary>
    public string? Error { get; private set; }

    /// <summary>The lines skipped so far.</summary>
    public IReadOnlyList<TraceProblem> Warnings => _warnings;

    /// <summary>Opens a trace file's bytes (UTF-8, a BOM is allowed); the caller keeps the stream open while reading.</summary>
    public static TraceStream Open(Stream stream) => Open(new TraceLines(stream));

    /// <summary>Reads up to and including the header; the records follow through <see cref="Records"/>.</summary>
    public static TraceStream Open(TextReader reader) => Open(new TraceLines(reader));

    internal static TraceStream Open(TraceLines lines)
    {
        var trace = new TraceStream(lines);
        trace.ReadHeader();
        return trace;
    }

    private void ReadHeader()
    {
        while (NextLine(out var line))
        {
            if (IsBlank(line)) continue;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line.ToArray());
            }
            catch (JsonException)
            {
                Error = $"line {_lineNo}: the first line is not JSON; this is not a PaceLink trace (expected a pacelink-trace header)";
                _warnings.Clear();
                End();
                return;
            }
            using (doc)
            {
                if (!TraceRecordJson.TryReadHeader(doc.RootElement, out var header, out var error))
                {
                    Error = $"line {_lineNo}: {error}";
                    End();
                    return;
                }
                Header = header;
                foreach (var w in TraceRecordJson.HeaderWarnings(doc.RootElement)) _warnings.Add(new TraceProblem(_lineNo, w));
                return;
            }
        }
        Error ??= "the file is empty: no pacelink-trace header";
    }

    /// <summary>The records after the header, in file order; empty when the trace is unusable.</summary>
    public IEnumerable<TraceRecord> Records()
    {
        if (Header is null) yield break;
        if (_started) throw new InvalidOperationException("a trace stream is read once");
        while (ReadNext(out var raw))
            if (raw.ToRecord() is { } record) yield return record;
    }

    /// <summary>
    /// The next record after the header, in file order, without allocating for a notification: its
    /// payload is valid until the next call. False at the end (and when the trace is unusable).
    /// Records of types this version does not know are skipped, as format v1 asks.
    /// </summary>
    internal bool ReadNext(out RawRecord record)
    {
        record = default;
        if (Header is null || _ended) return false;
        _started = true;
        while (NextLine(out var line))
        {
            if (IsBlank(line)) continue;
            // A damaged line is only known to be the cut-off last one once nothing follows it.
            if (_pendingDamage is { } d) _warnings.Add(new TraceProblem(d.Line, d.Message));
            _pendingDamage = null;
            switch (_parser.Parse(line, out record, out var message))
            {
                case LineOutcome.Record: return true;
                case LineOutcome.Unusable: _warnings.Add(new TraceProblem(_lineNo, message + "; line skipped")); break;
                case LineOutcome.NotJson: _pendingDamage = (_lineNo, $"not a JSON object ({FirstSentence(message)}); line skipped"); break;
            }
        }
        if (_pendingDamage is { } last)
            _warnings.Add(new TraceProblem(last.Line, "the last line is cut off (the recording stopped mid-write); skipped"));
        _pendingDamage = null;
        End();
        record = default;
        return false;
    }

    private void End()
    {
        _ended = true;
        _lines.Dispose();
    }

    /// <summary>As <see cref="string.IsNullOrWhiteSpace"/> on the decoded line; a record line starts with "{".</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> line) =>
        line.IsEmpty || (line[0] != (byte)'{' && string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line)));

    // The file going away mid-read (a pulled USB stick) ends the trace with an error, never an exception.
    private bool NextLine(out ReadOnlySpan<byte> line)
    {
        line = default;
        if (Error is not null || _ended) return false;
        try
        {
            if (!_lines.TryRead(out line)) return false;
            _lineNo++;
            return true;
        }
        catch (IOException e)
        {
            Error = $"could not read the trace: {e.Message}";
            End();
            return false;
        }
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
