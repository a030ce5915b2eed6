using System.Text.Json;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Recording;

/// <summary>How a record line was read.</summary>
internal enum LineOutcome
{
    /// <summary>A record of a known type.</summary>
    Record,
    /// <summary>A record of a type this version does not know: ignored, as format v1 asks.</summary>
    Ignored,
    /// <summary>JSON, but not a usable record: the reason is the problem.</summary>
    Unusable,
    /// <summary>Not JSON (a torn or garbled line): the reason is the parser's.</summary>
    NotJson,
}

/// <summary>
/// Reads record lines with <see cref="Utf8JsonReader"/> straight from the bytes: the same rules and
/// messages as <see cref="TraceRecordJson"/> (which the rare event lines still go through), without a
/// document, a string or an array per line. Sensor ids are kept once each; the payload is decoded
/// into a buffer re-used for every line.
/// </summary>
internal sealed class TraceRecordParser
{
    private const int MaxKnownSensors = 16;
    private readonly List<(byte[] Utf8, string Text)> _sensors = [];
    private byte[] _payload = new byte[64];

    public LineOutcome Parse(ReadOnlySpan<byte> line, out RawRecord record, out string message)
    {
        record = default;
        message = "";
        Fields f;
        try
        {
            f = Scan(line);
        }
        catch (JsonException e)
        {
            message = e.Message;
            return LineOutcome.NotJson;
        }
        if (!f.IsObject) return Fail("not a JSON object", out message);
        if (f.Type == TypeName.Missing) return Fail("the record has no \"type\"", out message);
        if (f.Type == TypeName.Event) return ParseEvent(line, out record, out message);
        if (f.Type == TypeName.Other) return LineOutcome.Ignored;
        var type = f.Type switch { TypeName.Notify => "notify", TypeName.Relayed => "relayed", TypeName.Link => "link", _ => "command" };
        if (!f.TimeOk || f.Time < 0 || f.Time > 1_000_000)
            return Fail($"{type}: \"t\" (seconds since the start) is missing or out of range", out message);
        record.T = TimeSpan.FromTicks((long)Math.Round(f.Time * TimeSpan.TicksPerSecond));
        switch (f.Type)
        {
            case TypeName.Notify or TypeName.Relayed:
                if (f.Sensor is not { Length: > 0 } sensor) return Fail($"{type}: \"sensor\" is missing", out message);
                if (!f.CharOk) return Fail($"{type}: \"char\" is not a 16-bit characteristic id like 2a53", out message);
                if (!TryHex(f.Hex(line), out var length)) return Fail($"{type}: \"hex\" is not an even number of hex digits", out message);
                record.Kind = f.Type == TypeName.Notify ? RawKind.Notify : RawKind.Relayed;
                record.Sensor = sensor;
                record.Characteristic = f.Char;
                record.Payload = _payload.AsMemory(0, length);
                return LineOutcome.Record;
            case TypeName.Link:
                if (f.Sensor is not { Length: > 0 } linked) return Fail("link: \"sensor\" is missing", out message);
                if (f.State is null) return Fail("link: \"state\" must be connected or disconnected", out message);
                record.Kind = RawKind.Link;
                record.Sensor = linked;
                record.State = f.State.Value;
                return LineOutcome.Record;
            default:
                if (f.Command is null) return Fail("command: \"name\" must be lap, pause, resume or stop", out message);
                record.Kind = RawKind.Command;
                record.Command = f.Command.Value;
                return LineOutcome.Record;
        }
    }

    private static LineOutcome ParseEvent(ReadOnlySpan<byte> line, out RawRecord record, out string message)
    {
        record = default;
        using var doc = JsonDocument.Parse(line.ToArray());
        if (!TraceRecordJson.TryReadRecord(doc.RootElement, out var read, out message)) return LineOutcome.Unusable;
        record.Kind = RawKind.Event;
        record.T = read!.T;
        record.Event = read;
        return LineOutcome.Record;
    }

    /// <summary>
    /// Reads the whole line (so bad JSON anywhere in it is found first, as a document parse would)
    /// and keeps the top-level fields a record uses. A field given twice counts with its last value.
    /// </summary>
    private Fields Scan(ReadOnlySpan<byte> line)
    {
        var f = new Fields();
        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        reader.Read();
        f.IsObject = reader.TokenType == JsonTokenType.StartObject;
        while (reader.Read())
        {
            if (!f.IsObject || reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            var name = Field(ref reader);
            reader.Read();
            var isString = reader.TokenType == JsonTokenType.String;
            switch (name)
            {
                case FieldName.Type:
                    f.Type = !isString ? TypeName.Missing
                        : reader.ValueTextEquals("notify"u8) ? TypeName.Notify
                        : reader.ValueTextEquals("relayed"u8) ? TypeName.Relayed
                        : reader.ValueTextEquals("link"u8) ? TypeName.Link
                        : reader.ValueTextEquals("command"u8) ? TypeName.Command
                        : reader.ValueTextEquals("event"u8) ? TypeName.Event
                        : TypeName.Other;
                    break;
                case FieldName.T:
                    f.TimeOk = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out f.Time);
                    break;
                case FieldName.Sensor:
                    f.Sensor = isString ? SensorId(ref reader) : null;
                    break;
                case FieldName.Char:
                    f.CharOk = isString && TryCharacteristic(ref reader, out f.Char);
                    break;
                case FieldName.Hex:
                    f.HexKind = !isString ? HexKind.Missing : reader.ValueIsEscaped ? HexKind.Escaped : HexKind.Raw;
                    if (f.HexKind == HexKind.Raw) (f.HexStart, f.HexLength) = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                    else if (f.HexKind == HexKind.Escaped) f.HexText = reader.GetString();
                    break;
                case FieldName.State:
                    f.State = !isString ? null
                        : reader.ValueTextEquals("connected"u8) ? LinkState.Connected
                        : reader.ValueTextEquals("disconnected"u8) ? LinkState.Disconnected
                        : null;
                    break;
                case FieldName.Name:
                    // Commands are a few per session: their name may cost a string.
                    f.Command = isString && TraceNames.TryParseCommand(reader.GetString(), out var c) ? c : null;
                    break;
            }
        }
        return f;
    }

    private static FieldName Field(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("type"u8) ? FieldName.Type
        : reader.ValueTextEquals("t"u8) ? FieldName.T
        : reader.ValueTextEquals("sensor"u8) ? FieldName.Sensor
        : reader.ValueTextEquals("char"u8) ? FieldName.Char
        : reader.ValueTextEquals("hex"u8) ? FieldName.Hex
        : reader.ValueTextEquals("state"u8) ? FieldName.State
        : reader.ValueTextEquals("name"u8) ? FieldName.Name
        : FieldName.Other;

    /// <summary>The sensor id as one string per sensor for the whole trace (a trace names two or three).</summary>
    private string SensorId(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped) return reader.GetString()!;
        var utf8 = reader.ValueSpan;
        foreach (var (known, text) in _sensors)
            if (utf8.SequenceEqual(known)) return text;
        var id = reader.GetString()!;
        if (_sensors.Count < MaxKnownSensors) _sensors.Add((utf8.ToArray(), id));
        return id;
    }

    /// <summary>Four hex digits are read in place; anything else takes the long way through <see cref="GattIds.TryParse"/>.</summary>
    private static bool TryCharacteristic(ref Utf8JsonReader reader, out ushort id)
    {
        id = 0;
        if (!reader.ValueIsEscaped && reader.ValueSpan is { Length: 4 } digits)
        {
            var value = 0;
            foreach (var b in digits)
            {
                var d = HexDigit(b);
                if (d < 0) return GattIds.TryParse(reader.GetString(), out id);
                value = (value << 4) | d;
            }
            id = (ushort)value;
            return true;
        }
        return GattIds.TryParse(reader.GetString(), out id);
    }

    /// <summary>Decodes hex digits (either case, as <see cref="Convert.FromHexString(string)"/>) into the re-used payload buffer.</summary>
    private bool TryHex(HexDigits hex, out int length)
    {
        length = 0;
        if (!hex.Present || hex.Length % 2 != 0) return false;
        length = hex.Length / 2;
        if (length > _payload.Length) _payload = new byte[Math.Max(length, _payload.Length * 2)];
        for (var i = 0; i < length; i++)
        {
            var high = HexDigit(hex[2 * i]);
            var low = HexDigit(hex[2 * i + 1]);
            if ((high | low) < 0) return false;
            _payload[i] = (byte)((high << 4) | low);
        }
        return true;
    }

    private static int HexDigit(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static LineOutcome Fail(string problem, out string message)
    {
        message = problem;
        return LineOutcome.Unusable;
    }

    private enum FieldName { Other, Type, T, Sensor, Char, Hex, State, Name }

    private enum TypeName { Missing, Other, Notify, Relayed, Link, Command, Event }

    private enum HexKind { Missing, Raw, Escaped }

    /// <summary>The hex digits of a line: raw UTF-8 bytes in place, or the unescaped text of an escaped string.</summary>
    private readonly ref struct HexDigits(ReadOnlySpan<byte> raw, string? text, bool present)
    {
        private readonly ReadOnlySpan<byte> _raw = raw;
        public bool Present { get; } = present;
        public int Length => text?.Length ?? _raw.Length;
        public int this[int i] => text is not null ? text[i] : _raw[i];
    }

    private struct Fields
    {
        public bool IsObject;
        public TypeName Type;
        public bool TimeOk;
        public decimal Time;
        public string? Sensor;
        public bool CharOk;
        public ushort Char;
        public HexKind HexKind;
        public int HexStart;
        public int HexLength;
        public string? HexText;
        public LinkState? State;
        public CoachCommand? Command;

        public readonly HexDigits Hex(ReadOnlySpan<byte> line) => HexKind switch
        {
            HexKind.Raw => new HexDigits(line.Slice(HexStart, HexLength), null, true),
            HexKind.Escaped => new HexDigits(default, HexText, true),
            _ => new HexDigits(default, null, false),
        };
    }
}
