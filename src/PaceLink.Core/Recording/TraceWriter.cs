using System.Buffers;
using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Recording;

/// <summary>
/// Writes trace format v1 (JSON Lines) to a stream. Every record is written whole and flushed at
/// once, so a crash loses at most the record being written. Safe to call from several threads.
/// </summary>
public sealed class TraceWriter(Stream stream, bool leaveOpen = false) : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly object _gate = new();
    private bool _disposed;

    /// <summary>Records written so far, the header included.</summary>
    public long RecordsWritten { get; private set; }

    /// <summary>Writes the header: call it first, once.</summary>
    public void WriteHeader(TraceHeader header) => WriteLine(w =>
    {
        w.WriteString("type", "header");
        w.WriteString("format", TraceHeader.Format);
        w.WriteNumber("version", header.Version);
        w.WriteString("started_utc", header.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteStartArray("sensors");
        foreach (var s in header.Sensors)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("kind", s.Kind.ToJson());
            if (s.Name is not null) w.WriteString("name", s.Name);
            if (s.Address is not null) w.WriteString("address", s.Address);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (header.Software is not null) w.WriteString("software", header.Software);
        if (header.Settings is not null)
        {
            w.WritePropertyName("settings");
            WorkoutSettingsJson.Write(w, header.Settings);
        }
    });

    /// <summary>Writes a raw notification at its own time.</summary>
    public void WriteNotification(Notification n) => WriteLine(w =>
    {
        w.WriteString("type", "notify");
        WriteTime(w, n.At);
        w.WriteString("sensor", n.Sensor);
        w.WriteString("char", GattIds.ToHex(n.Characteristic));
        w.WriteString("hex", Convert.ToHexStringLower(n.Payload.Span));
    });

    /// <summary>Writes a value the relay sent on as its own sensor <paramref name="sensor"/>.</summary>
    public void WriteRelayed(TimeSpan t, string sensor, ushort characteristic, ReadOnlySpan<byte> payload)
    {
        var hex = Convert.ToHexStringLower(payload);
        WriteLine(w =>
        {
            w.WriteString("type", "relayed");
            WriteTime(w, t);
            w.WriteString("sensor", sensor);
            w.WriteString("char", GattIds.ToHex(characteristic));
            w.WriteString("hex", hex);
        });
    }

    /// <summary>Writes a link change of a sensor.</summary>
    public void WriteLink(TimeSpan t, string sensor, LinkState state) => WriteLine(w =>
    {
        w.WriteString("type", "link");
        WriteTime(w, t);
        w.WriteString("sensor", sensor);
        w.WriteString("state", state == LinkState.Connected ? "connected" : "disconnected");
    });

    /// <summary>Writes a live link change: a lost or failed link is recorded as disconnected (the trace keeps no reasons).</summary>
    public void WriteLink(LinkChange change) =>
        WriteLink(change.At, change.Sensor, change.Status == LinkStatus.Connected ? LinkState.Connected : LinkState.Disconnected);

    /// <summary>Writes a command at <paramref name="t"/>: the session time the session received it.</summary>
    public void WriteCommand(TimeSpan t, CoachCommand command) => WriteLine(w =>
    {
        w.WriteString("type", "command");
        WriteTime(w, t);
        w.WriteString("name", command.ToJson());
    });

    /// <summary>Writes a coaching event as emitted.</summary>
    public void WriteEvent(CoachingEvent e) => WriteLine(w =>
    {
        w.WriteString("type", "event");
        CoachingEventJson.WriteFields(w, e);
    });

    /// <summary>Writes any record read back from a trace (copying, trimming, repairing traces).</summary>
    public void Write(TraceRecord record)
    {
        switch (record)
        {
            case NotifyRecord n: WriteNotification(n.ToNotification()); break;
            case RelayedRecord r: WriteRelayed(r.T, r.Sensor, r.Characteristic, r.Payload.Span); break;
            case LinkRecord l: WriteLink(l.T, l.Sensor, l.State); break;
            case CommandRecord c: WriteCommand(c.T, c.Command); break;
            case EventRecord e: WriteEvent(e.Event); break;
        }
    }

    /// <summary>Closes the stream unless it was left open; later writes throw.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            if (!leaveOpen) stream.Dispose();
        }
    }

    /// <summary>Seconds with the full 100 ns resolution of the clock, so a replay sees exactly the live times.</summary>
    private static void WriteTime(Utf8JsonWriter w, TimeSpan t) => w.WriteNumber("t", (double)t.Ticks / TimeSpan.TicksPerSecond);

    private void WriteLine(Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(160);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        }
        buffer.Write(NewLine); // one write per record: a line is either whole or the damaged last one
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            stream.Write(buffer.WrittenSpan);
            stream.Flush();
            RecordsWritten++;
        }
    }
}
