using System.Text;

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

    /// <summary>Reads a trace line by line, keeping every record (see <see cref="TraceStream"/> to read as it goes).</summary>
    public static TraceReadResult Read(TextReader reader)
    {
        var trace = TraceStream.Open(reader);
        var records = trace.Records().ToList();
        if (trace.Error is { } error)
            return new TraceReadResult(null, error, trace.Header is null ? trace.Warnings : []);
        return new TraceReadResult(new TraceContents(trace.Header!, records), null, trace.Warnings);
    }

    /// <summary>Reads a trace from text (tests, pipes).</summary>
    public static TraceReadResult ReadText(string text) => Read(new StringReader(text));
}
