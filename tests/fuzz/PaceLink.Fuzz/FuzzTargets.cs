using System.Text;
using PaceLink.Core.Gatt;
using PaceLink.Core.Recording;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Fuzz;

/// <summary>
/// What each fuzz target checks for one input. Beyond "does not throw": a decoder either gives
/// fields that serialise or an error a user can read; the trace reader either gives a trace or
/// an error, and every warning points at a line that exists.
/// </summary>
public static class FuzzTargets
{
    /// <summary>"gatt-2a53" for every registered decoder, then "trace-reader" and "trace-check".</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. GattDecoders.Characteristics.Select(c => "gatt-" + GattIds.ToHex(c)), "trace-reader", "trace-check"];

    public static ushort CharacteristicOf(string target) => Convert.ToUInt16(target["gatt-".Length..], 16);

    public static void Decode(ushort characteristic, byte[] payload)
    {
        if (GattDecoders.TryDecode(characteristic, payload, out var fields, out var error))
        {
            // No fields is legitimate (Treadmill Data with only "more data" set); it must still serialise.
            _ = fields.ToJsonString();
        }
        else if (error.Kind == GattErrorKind.None || string.IsNullOrWhiteSpace(error.Describe()))
        {
            throw new FuzzFailure($"0x{characteristic:X4} rejected a payload without a reason");
        }
    }

    /// <summary>Reads the bytes as a trace file, through the same stream path the CLI uses.</summary>
    public static void ReadTrace(byte[] file)
    {
        using var stream = new MemoryStream(file, writable: false);
        var read = TraceReader.Read(stream);
        if (read.Ok == (read.Error is not null)) throw new FuzzFailure("a read must give either a trace or an error");
        var lines = LineCount(file);
        foreach (var w in read.Warnings)
            if (w.Line < 1 || w.Line > lines || string.IsNullOrWhiteSpace(w.Message)) throw new FuzzFailure($"warning points nowhere: {w}");
        if (read.Trace is { } t) _ = t.Duration;
    }

    /// <summary>Checks the text and then the repaired text: a repair must leave nothing to repair.</summary>
    public static void CheckTrace(byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        var report = TraceChecker.Check(text);
        if (report.IsFatal) return;
        var again = TraceChecker.Check(report.RepairedText());
        if (!again.Healthy) throw new FuzzFailure($"a repaired trace still needs repair: {string.Join("; ", again.Findings)}");
        if (again.Records != report.Records) throw new FuzzFailure($"repair changed the record count {report.Records} -> {again.Records}");
        var read = TraceReader.ReadText(report.RepairedText());
        // Header notes (no start time, unusable settings) survive a repair; nothing else may.
        if (!read.Ok || read.Warnings.Any(w => w.Line != 1)) throw new FuzzFailure($"the reader does not accept a repaired trace cleanly: {read.Error} {string.Join("; ", read.Warnings)}");
    }

    public static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "trace-reader": ReadTrace(input); break;
            case "trace-check": CheckTrace(input); break;
            default: Decode(CharacteristicOf(target), input); break;
        }
    }

    private static int LineCount(byte[] file)
    {
        // TextReader.ReadLine ends a line at LF, CRLF or a lone CR.
        var n = 1;
        for (var i = 0; i < file.Length; i++)
            if (file[i] == (byte)'\n' || (file[i] == (byte)'\r' && (i + 1 == file.Length || file[i + 1] != (byte)'\n'))) n++;
        return n;
    }
}

/// <summary>A fuzz input broke a property (as opposed to crashing outright).</summary>
public sealed class FuzzFailure(string message) : Exception(message);
