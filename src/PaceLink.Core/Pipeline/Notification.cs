namespace PaceLink.Core.Pipeline;

/// <summary>
/// One raw GATT notification as every source produces it (radio, simulator, trace):
/// <paramref name="At"/> is the time since the session start on a monotonic clock,
/// <paramref name="Sensor"/> the session's id for the sensor ("pod", "hr"),
/// <paramref name="Characteristic"/> the 16-bit SIG id, <paramref name="Payload"/> the bytes as sent.
/// </summary>
public readonly record struct Notification(TimeSpan At, string Sensor, ushort Characteristic, ReadOnlyMemory<byte> Payload);
