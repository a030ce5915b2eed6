using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Recording;

/// <summary>What a trace line holds, as <see cref="RawRecord"/> tells it.</summary>
internal enum RawKind
{
    /// <summary>A record type this version does not know: ignored.</summary>
    Unknown,
    Notify,
    /// <summary>A value a relay sent on (written, read and copied; replays and analyses leave it out).</summary>
    Relayed,
    Link,
    Command,
    Event,
}

/// <summary>
/// One record read without allocating: the payload of a notification lies in the reader's buffer
/// and is valid until the next record is read. <see cref="ToRecord"/> makes a record to keep.
/// </summary>
internal struct RawRecord
{
    public RawKind Kind;
    public TimeSpan T;
    public string Sensor;
    public ushort Characteristic;
    public ReadOnlyMemory<byte> Payload;
    public LinkState State;
    public CoachCommand Command;
    /// <summary>An event line: events are few (one per cue), so they are parsed into a record at once.</summary>
    public TraceRecord? Event;

    public readonly Notification ToNotification() => new(T, Sensor, Characteristic, Payload);

    /// <summary>A record that owns its payload (null for an unknown type).</summary>
    public readonly TraceRecord? ToRecord() => Kind switch
    {
        RawKind.Notify => new NotifyRecord(T, Sensor, Characteristic, Payload.ToArray()),
        RawKind.Relayed => new RelayedRecord(T, Sensor, Characteristic, Payload.ToArray()),
        RawKind.Link => new LinkRecord(T, Sensor, State),
        RawKind.Command => new CommandRecord(T, Command),
        RawKind.Event => Event,
        _ => null,
    };
}
