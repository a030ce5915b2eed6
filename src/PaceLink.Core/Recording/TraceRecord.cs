using PaceLink.Core.Coaching;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Recording;

/// <summary>One line of a trace after the header. <see cref="T"/> is seconds since the session start.</summary>
public abstract record TraceRecord(TimeSpan T);

/// <summary><c>{"type":"notify","t":…,"sensor":"pod","char":"2a53","hex":"02…"}</c>: a raw GATT notification.</summary>
public sealed record NotifyRecord(TimeSpan T, string Sensor, ushort Characteristic, ReadOnlyMemory<byte> Payload) : TraceRecord(T)
{
    /// <summary>The record for a notification (the payload is copied).</summary>
    public static NotifyRecord From(Notification n) => new(n.At, n.Sensor, n.Characteristic, n.Payload.ToArray());

    /// <summary>The notification this record holds.</summary>
    public Notification ToNotification() => new(T, Sensor, Characteristic, Payload);

    public override string ToString() => $"{T.TotalSeconds:0.000} {Sensor} {GattIds.ToHex(Characteristic)} {Convert.ToHexStringLower(Payload.Span)}";
}

/// <summary>
/// <c>{"type":"relayed","t":…,"sensor":"pod","char":"2a53","hex":"06…"}</c>: a value the relay
/// offered as its own sensor (<see cref="Sensor"/> is the relayed sensor's id), notified to every
/// subscribed watch. Added to format v1:
/// replays and analyses leave it out, so a relayed session replays as the same coached one.
/// </summary>
public sealed record RelayedRecord(TimeSpan T, string Sensor, ushort Characteristic, ReadOnlyMemory<byte> Payload) : TraceRecord(T)
{
    public override string ToString() => $"{T.TotalSeconds:0.000} relayed {Sensor} {GattIds.ToHex(Characteristic)} {Convert.ToHexStringLower(Payload.Span)}";
}

/// <summary>Whether a sensor's link came up or went down.</summary>
public enum LinkState
{
    Connected,
    Disconnected,
}

/// <summary><c>{"type":"link","t":…,"sensor":"pod","state":"connected"|"disconnected"}</c>.</summary>
public sealed record LinkRecord(TimeSpan T, string Sensor, LinkState State) : TraceRecord(T);

/// <summary><c>{"type":"command","t":…,"name":"lap"|"pause"|"resume"|"stop"}</c>.</summary>
public sealed record CommandRecord(TimeSpan T, CoachCommand Command) : TraceRecord(T);

/// <summary><c>{"type":"event", …}</c>: a coaching event as emitted live, in the replay JSON form.</summary>
public sealed record EventRecord(CoachingEvent Event) : TraceRecord(Event.At);

/// <summary>Names used in traces for commands and link states.</summary>
public static class TraceNames
{
    /// <summary>"lap", "pause", "resume" or "stop".</summary>
    public static string ToJson(this CoachCommand c) => c switch
    {
        CoachCommand.Lap => "lap",
        CoachCommand.Pause => "pause",
        CoachCommand.Resume => "resume",
        _ => "stop",
    };

    /// <summary>Reads a command name as written by <see cref="ToJson(CoachCommand)"/>.</summary>
    public static bool TryParseCommand(string? s, out CoachCommand command)
    {
        (var ok, command) = s switch
        {
            "lap" => (true, CoachCommand.Lap),
            "pause" => (true, CoachCommand.Pause),
            "resume" => (true, CoachCommand.Resume),
            "stop" => (true, CoachCommand.Stop),
            _ => (false, CoachCommand.Stop),
        };
        return ok;
    }

    /// <summary>"rsc", "hr", "power" or "treadmill" (the names live in <see cref="SensorKindNames"/>).</summary>
    public static string ToJson(this SensorKind k) => SensorKindNames.TraceName(k);

    /// <summary>Reads a sensor kind as written by <see cref="ToJson(SensorKind)"/>.</summary>
    public static bool TryParseKind(string? s, out SensorKind kind) => SensorKindNames.TryParseTraceName(s, out kind);
}
