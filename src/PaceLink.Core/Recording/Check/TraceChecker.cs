using System.Globalization;
using System.Text;
using System.Text.Json;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Recording.Check;

/// <summary>
/// Checks a trace line by line with the same rules as <see cref="TraceReader"/>, and works out
/// what a repaired file keeps: damaged lines go, everything a reader can use stays as written.
/// Pure: the caller opens and writes the file.
/// </summary>
public static class TraceChecker
{
    /// <summary>Checks a trace held as text; the report's <see cref="TraceCheckReport.KeptLines"/> are the lines a repair keeps.</summary>
    public static TraceCheckReport Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new List<string>();
        using var lines = new TraceLines(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), skipByteOrderMark: false);
        var report = Check(lines, line => kept.Add(Encoding.UTF8.GetString(line)));
        return report with { KeptLines = report.IsFatal ? [] : kept };
    }

    /// <summary>
    /// Checks a trace file's bytes (UTF-8, a BOM is allowed) as it reads them, holding one line at a
    /// time: memory does not grow with the trace. The kept lines stay in the file, so
    /// <see cref="TraceCheckReport.KeptLines"/> is empty; <see cref="WriteRepaired"/> writes them.
    /// </summary>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static TraceCheckReport Check(Stream trace)
    {
        using var lines = new TraceLines(trace);
        return Check(lines, keep: null);
    }

    /// <summary>
    /// Writes the repaired trace: the lines of <paramref name="trace"/> (the file <paramref name="report"/>
    /// was made from, read again from its start) that the report keeps, each ending in a line feed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The report says the file is not a readable trace.</exception>
    public static void WriteRepaired(Stream trace, Stream repaired, TraceCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsFatal) throw new InvalidOperationException("not a readable trace: there is nothing to repair");
        using var lines = new TraceLines(trace);
        var dropped = report.DroppedLines as IReadOnlySet<int> ?? report.DroppedLines.ToHashSet();
        // Only the lines that were checked: anything appended since was not looked at.
        for (var lineNo = 1; lineNo <= report.Lines && lines.TryRead(out var line); lineNo++)
        {
            if (dropped.Contains(lineNo)) continue;
            repaired.Write(line);
            repaired.WriteByte((byte)'\n');
        }
    }

    private delegate void KeepLine(ReadOnlySpan<byte> line);

    private static TraceCheckReport Check(TraceLines lines, KeepLine? keep)
    {
        var findings = new List<TraceFinding>();
        var dropped = new HashSet<int>();
        var count = 0;
        var kept = 0;
        var records = 0;
        var headerSeen = false;
        var lastNotJson = false;
        var lastTime = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        // Lines are split exactly as the reader splits them (LF, CRLF or a lone CR), so both agree on line numbers.
        while (lines.TryRead(out var line))
        {
            var lineNo = ++count;
            lastNotJson = false;
            if (TraceStream.IsBlank(line))
            {
                findings.Add(new(lineNo, TraceFindingKind.Damaged, "an empty line; a repair removes it"));
                dropped.Add(lineNo);
                continue;
            }
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line.ToArray());
            }
            catch (JsonException e)
            {
                if (!headerSeen) return Fatal(count + Remaining(lines), lineNo, "the first line is not JSON; this is not a PaceLink trace (expected a pacelink-trace header)");
                // Whether this is the cut-off last line is known once nothing follows it: the finding
                // is completed below.
                findings.Add(new(lineNo, TraceFindingKind.Damaged, $"not JSON ({FirstSentence(e.Message)}); a repair drops it"));
                dropped.Add(lineNo);
                lastNotJson = true;
                continue;
            }
            using (doc)
            {
                var o = doc.RootElement;
                if (!headerSeen)
                {
                    if (!TraceRecordJson.TryReadHeader(o, out _, out var error)) return Fatal(count + Remaining(lines), lineNo, error);
                    headerSeen = true;
                    foreach (var w in TraceRecordJson.HeaderWarnings(o)) findings.Add(new(lineNo, TraceFindingKind.Note, w));
                }
                else if (!TraceRecordJson.TryReadRecord(o, out var record, out var problem))
                {
                    findings.Add(new(lineNo, TraceFindingKind.Damaged, problem + "; a repair drops it"));
                    dropped.Add(lineNo);
                    continue;
                }
                else if (record is null)
                {
                    findings.Add(new(lineNo, TraceFindingKind.Note, $"unknown record type \"{TypeOf(o)}\" (a newer pacelink may have written it); kept"));
                }
                else
                {
                    records++;
                    NoteOddities(record, lineNo, lastTime, findings);
                }
            }
            kept++;
            keep?.Invoke(line);
        }
        if (!headerSeen) return Fatal(count, Math.Max(count, 1), count == 0 ? "the file is empty: no pacelink-trace header" : "no pacelink-trace header: the file holds only empty lines");
        // The writer ends every record with a line feed in the same write: a last line without one
        // is where the recording stopped.
        if (count > 0 && !lines.LastLineEnded)
        {
            if (lastNotJson)
                findings[^1] = findings[^1] with { Message = "the last line is cut off (the recording stopped mid-write); a repair drops it" };
            else if (!dropped.Contains(count))
                findings.Add(new(count, TraceFindingKind.Damaged, "the last line has no line end; a repair adds it"));
        }
        return new TraceCheckReport(count, records, findings, []) { DroppedLines = dropped, KeptLineCount = kept };
    }

    /// <summary>Counts the lines after a fatal one, so the report says how long the file is.</summary>
    private static int Remaining(TraceLines lines)
    {
        var n = 0;
        while (lines.TryRead(out _)) n++;
        return n;
    }

    /// <summary>Readable records that still deserve a look: payloads no decoder accepts, time running backwards.</summary>
    private static void NoteOddities(TraceRecord record, int lineNo, Dictionary<string, TimeSpan> lastTime, List<TraceFinding> findings)
    {
        if (record is not NotifyRecord n) return;
        if (GattDecoders.TryGet(n.Characteristic, out var decode) && !decode(n.Payload, out _, out var error))
            findings.Add(new(lineNo, TraceFindingKind.Note, $"the payload does not decode ({error.Describe()}); kept as recorded"));
        if (lastTime.TryGetValue(n.Sensor, out var before) && n.T < before)
            findings.Add(new(lineNo, TraceFindingKind.Note, string.Create(CultureInfo.InvariantCulture,
                $"time goes back for {n.Sensor} from {before.TotalSeconds:0.###} s to {n.T.TotalSeconds:0.###} s; kept as recorded")));
        lastTime[n.Sensor] = n.T;
    }

    private static TraceCheckReport Fatal(int lines, int line, string message) =>
        new(lines, 0, [new TraceFinding(line, TraceFindingKind.Fatal, message)], []);

    private static string TypeOf(JsonElement o) =>
        o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
