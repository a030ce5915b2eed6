using System.Text;
using System.Text.Json;

namespace PaceLink.Core.Recording;

/// <summary>
/// Reads trace format v1. Never throws on bad content: unknown record types and fields are ignored,
/// a damaged line is skipped with a warning naming its line (a cut-off last line is the usual
/// result of a power cut), and a file that is not a v1 trace gives a clear error.
/// </summary>
public static class TraceReader
{
    /// <summary>Reads a trace file's bytes (UTF-8, a BOM is allowed).</summary>
    public static TraceReadResult Read(Stream stream)
    {
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return Read(reader);
        }
        catch (IOException e)
        {
            return new TraceReadResult(null, $"could not read the trace: {e.Message}", []);
        }
    }

    /// <summary>Reads a trace line by line.</summary>
    public static TraceReadResult Read(TextReader reader)
    {
        var warnings = new List<TraceProblem>();
        var records = new List<TraceRecord>();
        TraceHeader? header = null;
        (int Line, string Message)? pendingDamage = null;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            // A damaged line is only known to be the cut-off last one once nothing follows it.
            if (pendingDamage is { } d) warnings.Add(new TraceProblem(d.Line, d.Message));
            pendingDamage = null;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                if (header is null) return NotATrace(lineNo, "the first line is not JSON");
                pendingDamage = (lineNo, $"not a JSON object ({FirstSentence(e.Message)}); line skipped");
                continue;
            }
            using (doc)
            {
                var o = doc.RootElement;
                if (header is null)
                {
                    if (!TraceRecordJson.TryReadHeader(o, out header, out var error)) return new TraceReadResult(null, $"line {lineNo}: {error}", warnings);
                    foreach (var w in TraceRecordJson.HeaderWarnings(o)) warnings.Add(new TraceProblem(lineNo, w));
                    continue;
                }
                switch (TraceRecordJson.TryReadRecord(o, out var record, out var problem))
                {
                    case true when record is not null: records.Add(record); break;
                    case false: warnings.Add(new TraceProblem(lineNo, problem + "; line skipped")); break;
                }
            }
        }
        if (pendingDamage is { } last) warnings.Add(new TraceProblem(last.Line, "the last line is cut off (the recording stopped mid-write); skipped"));
        if (header is null) return new TraceReadResult(null, "the file is empty: no pacelink-trace header", warnings);
        return new TraceReadResult(new TraceContents(header, records), null, warnings);
    }

    /// <summary>Reads a trace from text (tests, pipes).</summary>
    public static TraceReadResult ReadText(string text) => Read(new StringReader(text));

    private static TraceReadResult NotATrace(int line, string why) =>
        new(null, $"line {line}: {why}; this is not a PaceLink trace (expected a pacelink-trace header)", []);

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
