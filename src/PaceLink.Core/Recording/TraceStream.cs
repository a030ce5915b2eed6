using System.Text;
using System.Text.Json;

namespace PaceLink.Core.Recording;

/// <summary>
/// Trace format v1 read as it goes: the header on opening, then the records one at a time, so a
/// long trace never sits in memory whole. Warnings are those of <see cref="TraceReader"/> and appear
/// as the lines are passed (a cut-off last line only once the end is reached). Single pass.
/// </summary>
public sealed class TraceStream
{
    private readonly TextReader _reader;
    private readonly List<TraceProblem> _warnings = [];
    private int _lineNo;
    private bool _started;

    private TraceStream(TextReader reader) => _reader = reader;

    /// <summary>The header, or null when the trace is unusable (see <see cref="Error"/>).</summary>
    public TraceHeader? Header { get; private set; }

    /// <summary>Why the trace cannot be used (no header, not v1, the file could not be read); null otherwise.</summary>
    public string? Error { get; private set; }

    /// <summary>The lines skipped so far.</summary>
    public IReadOnlyList<TraceProblem> Warnings => _warnings;

    /// <summary>Opens a trace file's bytes (UTF-8, a BOM is allowed); the caller keeps the stream open while reading.</summary>
    public static TraceStream Open(Stream stream) =>
        Open(new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true));

    /// <summary>Reads up to and including the header; the records follow through <see cref="Records"/>.</summary>
    public static TraceStream Open(TextReader reader)
    {
        var trace = new TraceStream(reader);
        trace.ReadHeader();
        return trace;
    }

    private void ReadHeader()
    {
        while (NextLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                Error = $"line {_lineNo}: the first line is not JSON; this is not a PaceLink trace (expected a pacelink-trace header)";
                _warnings.Clear();
                return;
            }
            using (doc)
            {
                if (!TraceRecordJson.TryReadHeader(doc.RootElement, out var header, out var error))
                {
                    Error = $"line {_lineNo}: {error}";
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
        _started = true;
        (int Line, string Message)? pendingDamage = null;
        while (NextLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            // A damaged line is only known to be the cut-off last one once nothing follows it.
            if (pendingDamage is { } d) _warnings.Add(new TraceProblem(d.Line, d.Message));
            pendingDamage = null;
            var record = ReadRecord(line, out var damage);
            if (damage is not null) pendingDamage = (_lineNo, damage);
            else if (record is not null) yield return record;
        }
        if (pendingDamage is { } last)
            _warnings.Add(new TraceProblem(last.Line, "the last line is cut off (the recording stopped mid-write); skipped"));
    }

    /// <summary>A record, or null (unknown type, or a bad record already warned about, or <paramref name="damage"/> for a line that is not JSON).</summary>
    private TraceRecord? ReadRecord(string line, out string? damage)
    {
        damage = null;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            damage = $"not a JSON object ({FirstSentence(e.Message)}); line skipped";
            return null;
        }
        using (doc)
        {
            switch (TraceRecordJson.TryReadRecord(doc.RootElement, out var record, out var problem))
            {
                case true: return record;
                default: _warnings.Add(new TraceProblem(_lineNo, problem + "; line skipped")); return null;
            }
        }
    }

    // The file going away mid-read (a pulled USB stick) ends the trace with an error, never an exception.
    private string? NextLine()
    {
        if (Error is not null) return null;
        try
        {
            var line = _reader.ReadLine();
            if (line is not null) _lineNo++;
            return line;
        }
        catch (IOException e)
        {
            Error = $"could not read the trace: {e.Message}";
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
