using System.Globalization;
using System.Text.Json;
using PaceLink.Core.Gatt;

namespace PaceLink.Core.Recording.Check;

/// <summary>
/// Checks a trace line by line with the same rules as <see cref="TraceReader"/>, and works out
/// what a repaired file keeps: damaged lines go, everything a reader can use stays as written.
/// Pure: the caller reads and writes the file.
/// </summary>
public static class TraceChecker
{
    public static TraceCheckReport Check(string text)
    {
        var findings = new List<TraceFinding>();
        var kept = new List<string>();
        if (text.Length == 0) return Fatal(0, 1, "the file is empty: no pacelink-trace header");
        // Split exactly as the reader does (LF, CRLF or a lone CR), so both agree on line numbers.
        var lines = SplitLines(text);
        var endsWithLineFeed = text[^1] is '\n' or '\r';
        var count = lines.Count;
        var records = 0;
        var headerSeen = false;
        var lastTime = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var lineNo = i + 1;
            var line = lines[i];
            // The writer ends every record with a line feed in the same write: a last line without
            // one is where the recording stopped.
            var torn = i == count - 1 && !endsWithLineFeed;
            if (string.IsNullOrWhiteSpace(line))
            {
                findings.Add(new(lineNo, TraceFindingKind.Damaged, "an empty line; a repair removes it"));
                continue;
            }
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                if (!headerSeen) return Fatal(count, lineNo, "the first line is not JSON; this is not a PaceLink trace (expected a pacelink-trace header)");
                findings.Add(new(lineNo, TraceFindingKind.Damaged, torn
                    ? "the last line is cut off (the recording stopped mid-write); a repair drops it"
                    : $"not JSON ({FirstSentence(e.Message)}); a repair drops it"));
                continue;
            }
            using (doc)
            {
                var o = doc.RootElement;
                if (!headerSeen)
                {
                    if (!TraceRecordJson.TryReadHeader(o, out _, out var error)) return Fatal(count, lineNo, error);
                    headerSeen = true;
                    foreach (var w in TraceRecordJson.HeaderWarnings(o)) findings.Add(new(lineNo, TraceFindingKind.Note, w));
                }
                else if (!TraceRecordJson.TryReadRecord(o, out var record, out var problem))
                {
                    findings.Add(new(lineNo, TraceFindingKind.Damaged, problem + "; a repair drops it"));
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
            if (torn) findings.Add(new(lineNo, TraceFindingKind.Damaged, "the last line has no line end; a repair adds it"));
            kept.Add(line);
        }
        if (!headerSeen) return Fatal(count, Math.Max(count, 1), "no pacelink-trace header: the file holds only empty lines");
        return new TraceCheckReport(count, records, findings, kept);
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

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
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
